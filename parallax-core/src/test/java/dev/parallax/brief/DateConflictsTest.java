package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.PublicationDate;
import dev.parallax.nlp.TextAnalyzer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Date conflicts over articles run through the real analysis stage (times, and the verbs they date). */
class DateConflictsTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private static AnalyzedArticle analyzed(String source, String outlet, String date, String body) {
    return ANALYZER.analyze(new Article(Article.idFor(source), source, Optional.empty(), "Talmore terminal",
        Optional.of(outlet), Optional.of(new PublicationDate(LocalDate.parse(date), "test", 1.0)), List.of(), body));
  }

  private static final List<AnalyzedArticle> TERMINAL = List.of(
      analyzed("gazette.txt", "The Harbour Gazette", "2026-04-20",
          "The new Talmore ferry terminal opens on 3 May after two years of building work, the port authority said. "
              + "Tickets for the first sailings go on sale next week."),
      analyzed("kestrel.html", "Kestrel Daily", "2026-04-21",
          "The new Talmore ferry terminal opens on 10 May after two years of building work, according to the port authority. "
              + "The first sailing leaves for Carrick Isle at dawn."),
      analyzed("valley.txt", "Valley Post", "2026-04-21",
          "The new Talmore ferry terminal opens in May after two years of building work, the port authority said."));

  @Test
  void find_sameEventOnDifferentDays_isADateConflictWithEachValueAndItsOutlets() {
    StoryArticles story = StoryArticles.of(StoryFixtures.story(TERMINAL, List.of()));
    List<Conflict> conflicts = ConflictFinder.find(StorySentences.of(story), story.opinionIds());

    assertThat(conflicts).filteredOn(c -> c.kind().equals(Conflict.DATE)).singleElement().satisfies(c -> {
      assertThat(c.about()).isEqualTo("opens");
      assertThat(c.values()).extracting(ConflictValue::value).containsExactly("3 May", "10 May");
      assertThat(c.values()).extracting(ConflictValue::normalized).containsExactly("2026-05-03", "2026-05-10");
      // "in May" holds both days: it disagrees with neither
      assertThat(c.values()).extracting(ConflictValue::outlets)
          .containsExactly(List.of("The Harbour Gazette"), List.of("Kestrel Daily"));
    });
  }

  @Test
  void build_dateConflict_passesTheGroundingCheck_withEachValueInItsCitedSentence() {
    Briefing b = new BriefingBuilder().build(StoryFixtures.story(TERMINAL, List.of()), StoryFixtures.entities());

    Conflict date = b.conflicts().stream().filter(c -> c.kind().equals(Conflict.DATE)).findFirst().orElseThrow();
    for (ConflictValue v : date.values()) {
      Citation c = v.citation();
      String body = TERMINAL.stream().filter(a -> a.id().equals(c.articleId())).findFirst().orElseThrow().article().body();
      assertThat(body.substring(c.start(), c.end())).isEqualTo(v.text());
      assertThat(v.text()).contains(v.value());
    }
    assertThat(b.dropped()).isEmpty();
  }

  @Test
  void find_rangesAndReportDates_areNoDateConflicts() {
    List<AnalyzedArticle> articles = List.of(
        analyzed("gazette.txt", "The Harbour Gazette", "2026-04-20",
            "The Talmore ferry terminal stays closed from 3 May to 10 May for repairs, the port authority said on Monday."),
        analyzed("kestrel.html", "Kestrel Daily", "2026-04-21",
            "The Talmore ferry terminal stays closed from 4 May to 11 May for repairs, the port authority said on Tuesday."));
    StoryArticles story = StoryArticles.of(StoryFixtures.story(articles, List.of()));

    assertThat(ConflictFinder.find(StorySentences.of(story), story.opinionIds()))
        .filteredOn(c -> c.kind().equals(Conflict.DATE)).isEmpty();
  }

  private static List<Conflict> dateConflicts(AnalyzedArticle... articles) {
    StoryArticles story = StoryArticles.of(StoryFixtures.story(List.of(articles), List.of()));
    return ConflictFinder.find(StorySentences.of(story), story.opinionIds()).stream()
        .filter(c -> c.kind().equals(Conflict.DATE)).toList();
  }

  @Test
  void find_aDeadlineAndAnEarlierPastOccurrence_areNoDateConflict_butALaterOneIs() {
    AnalyzedArticle deadline = analyzed("gazette.txt", "The Harbour Gazette", "2026-01-15",
        "The Talmore council must decide by 30 January whether to replace the whole ferry terminal roof.");
    AnalyzedArticle metIt = analyzed("kestrel.html", "Kestrel Daily", "2026-01-15",
        "The Talmore council decided on Monday to replace the whole ferry terminal roof.");
    AnalyzedArticle later = analyzed("valley.txt", "Valley Post", "2026-01-15",
        "The Talmore council will decide on 6 February whether to replace the whole ferry terminal roof.");

    assertThat(dateConflicts(deadline, metIt)).isEmpty();
    assertThat(dateConflicts(deadline, later)).singleElement()
        .satisfies(c -> assertThat(c.values()).extracting(ConflictValue::value).containsExactly("30 January", "6 February"));
  }

  @Test
  void find_aPartOfAPeriod_holdsOnlyWhatFallsInThatPart() {
    AnalyzedArticle lateFebruary = analyzed("gazette.txt", "The Harbour Gazette", "2026-01-15",
        "The Talmore ferry terminal will reopen in late February after the storm, the port authority said.");
    AnalyzedArticle yearsEnd = analyzed("kestrel.html", "Kestrel Daily", "2026-01-15",
        "The Talmore ferry terminal will reopen by the end of the year after the storm, the port authority said.");
    AnalyzedArticle lateYear = analyzed("valley.txt", "Valley Post", "2026-01-15",
        "The Talmore ferry terminal will reopen in November after the storm, the port authority said.");

    assertThat(dateConflicts(lateFebruary, yearsEnd)).singleElement()
        .satisfies(c -> assertThat(c.values()).extracting(ConflictValue::normalized).containsExactly("2026-02 END", "2026 END"));
    assertThat(dateConflicts(yearsEnd, lateYear)).isEmpty();
  }

  @Test
  void find_aDateTheTaggerReadInTwoParts_isNotCompared() {
    AnalyzedArticle split = analyzed("gazette.txt", "The Harbour Gazette", "2026-05-20",
        "The Talmore ferry sank on June 1 last year in a storm off Carrick Isle.");
    AnalyzedArticle whole = analyzed("kestrel.html", "Kestrel Daily", "2026-05-20",
        "The Talmore ferry sank on 1 June 2025 in a storm off Carrick Isle.");

    assertThat(dateConflicts(split, whole)).isEmpty();
  }

  @Test
  void find_theSameDateWrittenTheSameWay_isNoConflict_evenWhenTheAnchorsResolveItApart() {
    AnalyzedArticle first = analyzed("gazette.txt", "The Harbour Gazette", "2026-05-15",
        "The Talmore ferry captain was arrested at the harbour on Thursday after the ferry ran aground.");
    AnalyzedArticle weekLater = analyzed("kestrel.html", "Kestrel Daily", "2026-05-22",
        "The Talmore ferry captain was arrested at the harbour on Thursday after the ferry ran aground.");

    assertThat(first.times().get(0).expression().value()).isNotEqualTo(weekLater.times().get(0).expression().value());
    assertThat(dateConflicts(first, weekLater)).isEmpty();
  }
}
