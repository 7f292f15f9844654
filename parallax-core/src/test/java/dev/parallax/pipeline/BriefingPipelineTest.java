package dev.parallax.pipeline;

import static dev.parallax.cluster.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Briefing;
import dev.parallax.model.StoryRef;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BriefingPipelineTest {
  private static final List<AnalyzedArticle> TWO_STRIKES = List.of(
      article("may-1", "Harbour Gazette", "2026-05-04", "Dockers at Port Selwyn walk out",
          "Members of the Selwyn Dockworkers Union walked out at Port Selwyn on Monday in a dispute with "
              + "Kestrel Shipping over night-shift pay. Union leader Tomas Arvid said the strike would last until "
              + "Kestrel Shipping restored the night premium. Cranes at the container terminal stood idle."),
      article("may-2", "Coast Wire", "2026-05-05", "Port Selwyn strike halts container terminal",
          "The container terminal at Port Selwyn was at a standstill on Tuesday as the Selwyn Dockworkers Union "
              + "strike against Kestrel Shipping entered its second day. Tomas Arvid told strikers that the night "
              + "premium was not negotiable. Kestrel Shipping said talks would resume on Thursday."),
      article("oct-1", "Harbour Gazette", "2026-10-19", "Port Selwyn dockers strike again",
          "The Selwyn Dockworkers Union began a second strike at Port Selwyn on Monday, this time over "
              + "Kestrel Shipping's plan to automate two cranes at the container terminal. Tomas Arvid said the "
              + "union would not accept job cuts. Kestrel Shipping called the strike unlawful."),
      article("oct-2", "Coast Wire", "2026-10-20", "Automation row shuts Port Selwyn terminal",
          "Kestrel Shipping's container terminal at Port Selwyn closed on Tuesday as dockers of the Selwyn "
              + "Dockworkers Union struck over crane automation. Union leader Tomas Arvid said members would stay "
              + "out until the automation plan was withdrawn."));

  @Test
  void aLaterStrikeByTheSameUnion_isItsOwnStory_whoseBriefingPointsToTheEarlierOne() {
    PipelineResult result = new BriefingPipeline().brief(TWO_STRIKES, List.of());

    assertThat(result.briefings()).hasSize(2);
    Map<String, Briefing> byFirstSource = result.briefings().stream()
        .collect(Collectors.toMap(b -> b.sources().get(0).articleId(), Function.identity()));
    Briefing spring = byFirstSource.get("may-1");
    Briefing autumn = byFirstSource.get("oct-1");
    assertThat(spring.earlierPhase()).isEmpty();
    assertThat(autumn.earlierPhase()).contains(new StoryRef(spring.storyId(), spring.headline()));
  }
}
