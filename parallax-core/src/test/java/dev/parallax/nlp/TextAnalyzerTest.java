package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.tuple;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.TimeMention;
import java.time.LocalDate;
import java.util.Optional;
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

  @Test
  void analyze_timesAndNumbers_carryTheirSentenceAndBodyOffsets() {
    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(STORY));

    assertThat(analyzed.times()).isNotEmpty();
    for (TimeMention t : analyzed.times()) {
      Sentence s = analyzed.sentences().get(t.sentence());
      assertThat(STORY.substring(t.expression().start(), t.expression().end())).isEqualTo(t.expression().text());
      assertThat(t.expression().start()).isBetween(s.start(), s.end());
    }
    assertThat(analyzed.numbers()).singleElement().satisfies(n -> {
      assertThat(n.quantity().qualifiedText()).isEqualTo("At least 40");
      assertThat(n.quantity().counted()).isEqualTo("homes");
      assertThat(n.sentence()).isEqualTo(1);
      assertThat(STORY.substring(n.quantity().start(), n.quantity().end())).isEqualTo("40");
    });
  }

  @Test
  void analyze_datedArticle_resolvesTimesAgainstItsPublicationDate_andNamesTheVerbTheyDate() {
    Article dated = new Article("a2", "test:a2", Optional.empty(), "A test story", Optional.of("Velm Courier"),
        Optional.of(new PublicationDate(LocalDate.of(2026, 3, 12), "test", 1.0)), List.of(),
        "The Velm ferry will resume sailings on Saturday. Crews told reporters on Wednesday that repairs were done.");
    AnalyzedArticle analyzed = analyzer.analyze(dated);

    assertThat(analyzed.timeAnchor()).hasValueSatisfying(a -> {
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 12));
      assertThat(a.inferred()).isFalse();
    });
    assertThat(analyzed.times()).extracting(t -> t.expression().value(), TimeMention::sentence)
        .containsExactly(tuple("2026-03-14", 0), tuple("2026-03-11", 1));
    assertThat(analyzed.times().get(0).verb()).contains("resume");
  }

  @Test
  void analyze_undatedArticle_resolvesTimesAgainstAnInferredDate_markedAsInferred() {
    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(
        "Published Tuesday, March 10, 2026. The Velm council met on Monday to discuss the sea wall."));

    assertThat(analyzed.timeAnchor()).hasValueSatisfying(a -> {
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 10));
      assertThat(a.inferred()).isTrue();
      assertThat(a.confidence()).isGreaterThanOrEqualTo(0.9);
    });
    assertThat(analyzed.times()).extracting(t -> t.expression().value()).contains("2026-03-09");
  }

  @Test
  void analyze_timeThatDescribesANoun_datesNoVerb() {
    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(
        "The council revoked clauses in the 1964 charter. In 1978, 20 people died in a fire. "
            + "Forecasters predicted rainfall of around 40 millimetres in 2027. The harbour reopens on Monday."));

    assertThat(analyzed.times()).extracting(t -> t.expression().text(), t -> t.verb().orElse("-"))
        .containsExactly(tuple("1964", "-"), tuple("1978", "-"), tuple("2027", "-"), tuple("Monday", "reopens"));
  }

  @Test
  void analyze_objectPronounBetweenVerbAndTime_isTheVerbsObject() {
    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(
        "Judge Alma Price will sentence him on 14 October. The panel will meet them on Friday."));

    assertThat(analyzed.times()).extracting(t -> t.expression().text(), t -> t.verb().orElse("-"))
        .containsExactly(tuple("14 October", "sentence"), tuple("Friday", "meet"));
  }

  @Test
  void analyze_whereBetweenVerbAndTime_adjectivesOfTheObject_andAnAdjectiveReadingAfterAModal_stillDateTheVerb() {
    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(
        "A crane collapsed at the Port of Skellan on Tuesday night. The recount will be held at the Corn Exchange on Saturday. "
            + "The inquiry will hold its first public hearing on 9 March. The festival will now open on Friday 25 September. "
            + "Forecasters predicted growth of 2.5 percent in 2027."));

    assertThat(analyzed.times()).extracting(t -> t.expression().text(), t -> t.verb().orElse("-"))
        .containsExactly(tuple("Tuesday night", "collapsed"), tuple("Saturday", "held"), tuple("9 March", "hold"), tuple("now", "open"),
            tuple("Friday 25 September", "open"), tuple("2027", "-"));
  }
}
