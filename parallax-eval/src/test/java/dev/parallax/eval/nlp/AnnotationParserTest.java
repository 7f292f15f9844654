package dev.parallax.eval.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnotationParserTest {
  @Test
  void parse_markup_givesPlainBodyWithOffsets() {
    AnnotatedArticle a = AnnotationParser.parse("x",
        "# title: A headline\n\n[[Maria Okafor-Lind|okafor]] said: “{{okafor|We met [[Velm|velm]] officials.}}”\n\nEnd.");
    assertThat(a.title()).isEqualTo("A headline");
    assertThat(a.body()).isEqualTo("Maria Okafor-Lind said: “We met Velm officials.”\n\nEnd.");
    assertThat(a.mentions()).extracting(GoldMention::text, GoldMention::entity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Maria Okafor-Lind", "okafor"),
            org.assertj.core.groups.Tuple.tuple("Velm", "velm"));
    GoldQuote q = a.quotes().get(0);
    assertThat(a.body().substring(q.start(), q.end())).isEqualTo("We met Velm officials.");
    assertThat(q.speaker()).isEqualTo(Optional.of("okafor"));
  }

  @Test
  void parse_unknownSpeaker_isEmpty() {
    AnnotatedArticle a = AnnotationParser.parse("x", "A sign read \"{{-|Closed until further notice}}\".");
    assertThat(a.quotes().get(0).speaker()).isEmpty();
  }

  @Test
  void parse_unclosedMention_fails() {
    assertThatThrownBy(() -> AnnotationParser.parse("x", "[[Velm|velm said")).hasMessageContaining("unclosed");
  }
}
