package dev.parallax.brief;

import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A quote that runs over two sentences reaches the summary whole, as one span the grounding check proves. */
class SummarizerQuoteTest {
  private static final String QUOTE = "Harbour master Ines Varga said the Eastwick ferries \"will run every hour from Monday. "
      + "The new boats carry twice as many cars as the old ferries.\"";
  private final List<AnalyzedArticle> articles = List.of(
      StoryFixtures.article("harbour.txt", "The Harbour Gazette", "2031-05-02", "Ferries run every hour from Monday",
          QUOTE + " Crews were trained on the new boats in April."),
      StoryFixtures.article("valley.txt", "Valley Post", "2031-05-02", "Hourly ferries for Eastwick",
          "Union leaders in Eastwick said the ferry crews would vote on the new rota at a meeting next month."));
  private final Map<String, Article> byId = articles.stream().map(AnalyzedArticle::article)
      .collect(Collectors.toMap(Article::id, Function.identity()));

  private SummarySentence quoteInSummary(Briefing briefing) {
    return briefing.summary().stream().filter(s -> s.text().equals(QUOTE)).findFirst()
        .orElseThrow(() -> new AssertionError("the whole quote is not in " + briefing.summary()));
  }

  @Test
  void summarize_quoteOverTwoSentences_isChosenWholeAndKeptByTheGroundingCheck() {
    Briefing briefing = new BriefingBuilder()
        .build(StoryFixtures.story(articles, List.of()), StoryFixtures.entities());

    SummarySentence quote = quoteInSummary(briefing);
    Citation c = quote.citations().get(0);
    assertThat(byId.get(c.articleId()).body().substring(c.start(), c.end())).isEqualTo(QUOTE);
    assertThat(briefing.dropped()).isEmpty();
  }

  @Test
  void verify_wordChangedInTheQuotesSecondSentence_isDropped() {
    Briefing briefing = new BriefingBuilder()
        .build(StoryFixtures.story(articles, List.of()), StoryFixtures.entities());
    SummarySentence quote = quoteInSummary(briefing);
    List<SummarySentence> summary = new ArrayList<>(briefing.summary());
    summary.set(summary.indexOf(quote), new SummarySentence(QUOTE.replace("twice", "three times"), quote.citations()));
    Briefing tampered = new Briefing(briefing.schemaVersion(), briefing.storyId(), briefing.headline(),
        briefing.headlineSource(), summary, briefing.facts(), briefing.conflicts(), briefing.timeline(),
        briefing.sources(), briefing.entities(), briefing.quotes(), List.of(), Optional.empty());

    Briefing checked = new GroundingVerifier().verify(tampered, byId);

    assertThat(checked.summary()).noneMatch(s -> s.text().contains("three times"));
    assertThat(checked.dropped()).singleElement().satisfies(g -> assertThat(g.part()).isEqualTo("summary"));
  }
}
