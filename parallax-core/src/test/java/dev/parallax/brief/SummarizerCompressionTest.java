package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.SummarySentence;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A summary sentence that opened with a connective in its source reaches the briefing without it, proven. */
class SummarizerCompressionTest {
  private final List<AnalyzedArticle> articles = List.of(
      StoryFixtures.article("harbour.txt", "The Harbour Gazette", "2031-05-02", "Ferry strike ends",
          "The Eastwick ferry strike ended on Friday after crews accepted a new pay offer from the operator. "
              + "However, the first crossings will not run before Monday morning because the boats need checks."),
      StoryFixtures.article("valley.txt", "Valley Post", "2031-05-02", "Ferry crews accept pay offer",
          "Ferry crews in Eastwick accepted a new pay offer from the operator on Friday, ending the strike. "
              + "Union leaders said the crews would vote on the rest of the offer at a meeting next month."));

  @Test
  void summarize_sentenceOpeningWithHowever_shownWithoutItAndKeptByTheGroundingCheck() {
    Briefing briefing = new BriefingBuilder().build(StoryFixtures.story(articles, List.of()), StoryFixtures.entities());
    Map<String, Article> byId = articles.stream().map(AnalyzedArticle::article)
        .collect(Collectors.toMap(Article::id, Function.identity()));

    SummarySentence compressed = briefing.summary().stream()
        .filter(s -> s.text().startsWith("The first crossings will not run before Monday morning because")).findFirst()
        .orElseThrow(() -> new AssertionError("no compressed sentence in " + briefing.summary()));
    Citation c = compressed.citations().get(0);
    assertThat(byId.get(c.articleId()).body().substring(c.start(), c.end())).startsWith("However, the first crossings");

    Briefing checked = new GroundingVerifier().verify(briefing, byId);
    assertThat(checked.dropped()).isEmpty();
    assertThat(checked.summary()).contains(compressed);
  }
}
