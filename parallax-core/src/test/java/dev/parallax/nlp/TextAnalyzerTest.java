package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private static final String STORY = """
      VELM, Tarsa (Velm Courier) - Emergency crews worked through the night on Tuesday after a storm \
      surge breached the sea wall protecting the port city of Velm, officials said.

      At least 40 homes were flooded in the Lower Harbour district, according to the Velm Fire Service.

      "This is the worst flooding we have seen in twenty years," Mayor Ines Varga told the Velm \
      Courier. "We need help from the national government, and we need it now."

      Prime Minister Tomas Berg said on Wednesday that the army would be deployed. Berg, who visited \
      the city in the afternoon, promised "every resource we have."

      Dr. Helen Marsh, a climate scientist at the University of Velm, warned that such surges would \
      become more frequent. “The wall was built for a different century,” she said.""";

  private final TextAnalyzer analyzer = new TextAnalyzer();

  @Test
  void analyze_newsStory_everySpanIsExactlyTheBodyText() {
    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(STORY));

    assertThat(analyzed.sentences()).hasSize(8);
    for (int i = 0; i < analyzed.sentences().size(); i++) {
      Sentence s = analyzed.sentences().get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(STORY.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    for (Mention m : analyzed.mentions()) {
      assertThat(STORY.substring(m.start(), m.end())).isEqualTo(m.text());
      Sentence s = analyzed.sentences().get(m.sentence());
      assertThat(m.start()).isBetween(s.start(), s.end());
    }
    for (Quote q : analyzed.quotes()) {
      assertThat(STORY.substring(q.start(), q.end())).isEqualTo(q.text());
    }
  }

  @Test
  void analyze_newsStory_findsSpeakersOfEveryQuote() {
    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(STORY));

    assertThat(analyzed.quotes()).extracting(q -> q.speaker().orElse("?")).containsExactly(
        "Ines Varga", "Ines Varga", "Tomas Berg", "Helen Marsh");
  }

  @Test
  void analyze_sameArticleTwice_givesTheSameResult() {
    AnalyzedArticle first = analyzer.analyze(TestArticles.article(STORY));
    AnalyzedArticle second = new TextAnalyzer().analyze(TestArticles.article(STORY));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void analyze_oddInputs_neverThrow() {
    List<String> bodies = List.of("", " ", "\n\n\n", "\"", "“”", "``''", "Mr.", "U.S.", "-", "...",
        "\"Hello", "He said \"", "(CRA)", "Mr. Mr. Mr.", "VELM,", "J.", "'s", "Kim-", "-Lind",
        "She said: “” and “ ”.", "\"a\" \"b\" \"c\" \"d\"");

    for (String body : bodies) {
      AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(body));
      assertThat(analyzed.article().body()).isEqualTo(body);
    }
  }

  @Test
  void analyze_noBreakSpaces_areTrimmedAndDoNotHideAttributions() {
    String body = "\u00a0The storm hit Velm.\u00a0 It was bad.\u00a0\n\n"
        + "\u00a0\"We lost everything we had,\" said\u00a0Oskar Lindqvist.\u00a0";

    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(body));

    assertThat(analyzed.sentences()).extracting(Sentence::text).containsExactly(
        "The storm hit Velm.", "It was bad.", "\"We lost everything we had,\" said\u00a0Oskar Lindqvist.");
    assertThat(analyzed.quotes()).extracting(q -> q.speaker().orElse("?")).containsExactly("Oskar Lindqvist");
  }
}
