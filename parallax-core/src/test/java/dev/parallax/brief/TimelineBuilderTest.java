package dev.parallax.brief;

import static dev.parallax.brief.StoryFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  @Test
  void build_relativeDatesResolvedAgainstEachArticlesDate_inDateOrderWithOutlets() {
    List<AnalyzedArticle> articles = List.of(
        article("gazette.txt", "The Harbour Gazette", "2026-03-14", "Bridge shut",
            "Engineers closed the Talmore bridge on Thursday after cracks were found. "
                + "The ministry expects the bridge to reopen in late February next year."),
        article("courier.html", "Northbridge Courier", "2026-03-16", "Bridge closure continues",
            "The Talmore bridge was closed on 12 March after inspectors found cracks in the span."));
    List<TimelineEntry> timeline = TimelineBuilder.build(StoryArticles.of(StoryFixtures.story(articles, List.of())), 12);

    assertThat(timeline).extracting(TimelineEntry::date).containsExactly("2026-03-12", "2027-02");
    assertThat(timeline.get(0).outlets()).containsExactly("Northbridge Courier", "The Harbour Gazette");
    assertThat(timeline.get(0).when()).isEqualTo("Thursday");
    assertThat(timeline.get(0).text()).startsWith("Engineers closed");
  }
}
