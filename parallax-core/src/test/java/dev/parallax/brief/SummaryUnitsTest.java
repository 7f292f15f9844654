package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryUnitsTest {
  private static final String QUOTE = "Transport minister Ines Varga said: \"The bridge stays shut until the bearings are replaced. "
      + "Nobody will cross it before the spring.\"";
  private static final String AFTER = "Engineers began the work on Monday.";

  private static List<String> units(String body) {
    AnalyzedArticle a = StoryFixtures.article("gazette.txt", "The Harbour Gazette", "2031-05-02", "Bridge stays shut", body);
    List<Sentence> units = SummaryUnits.of(a);
    for (Sentence u : units) {
      assertThat(u.text()).as("verbatim span").isEqualTo(a.article().body().substring(u.start(), u.end()));
    }
    return units.stream().map(Sentence::text).toList();
  }

  @Test
  void of_quoteOverTwoSentences_isOneUnit() {
    assertThat(units(QUOTE + " " + AFTER)).containsExactly(QUOTE, AFTER);
  }

  @Test
  void of_curlyQuoteOverThreeSentences_isOneUnit() {
    String quote = "Varga said: “The bridge stays shut. The bearings are worn. Nobody will cross it before the spring.”";
    assertThat(units(quote + " " + AFTER)).containsExactly(quote, AFTER);
  }

  @Test
  void of_quoteLeftOpenAtTheParagraphEnd_staysSentences() {
    // The news convention for a quote that goes on: no closing mark, the next paragraph reopens it.
    String body = "Varga said: \"The bridge stays shut until the bearings are replaced.\n\n"
        + "\"Nobody will cross it before the spring.\"";
    assertThat(units(body)).containsExactly(
        "Varga said: \"The bridge stays shut until the bearings are replaced.", "\"Nobody will cross it before the spring.\"");
  }

  @Test
  void of_sentencesWithWholeQuotes_staySentences() {
    String body = "\"The bridge stays shut,\" Varga said. \"Nobody will cross it,\" she added. " + AFTER;
    assertThat(units(body)).hasSize(3);
  }

  @Test
  void of_closingMarkWithoutAnOpening_doesNotStartAUnit() {
    // A quote's end whose start lies in an earlier paragraph does not pair with the next quote's start.
    String body = "Nobody will cross it before the spring,\" Varga said. Engineers said \"the bearings are worn. "
        + "They need months.\"";
    assertThat(units(body)).containsExactly("Nobody will cross it before the spring,\" Varga said.",
        "Engineers said \"the bearings are worn. They need months.\"");
  }
}
