package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryStreamTest {
  private static RawDocument text(String source, String content) {
    return new RawDocument(source, RawDocument.Format.TEXT, content, DeclaredMetadata.NONE);
  }

  private static final RawDocument STRIKE_1 = text("strike-1.txt",
      "Ferry workers in Port Elmsby walked out on Monday over pay, the Elmsby Ferry Workers Union said. The Elmsby"
          + " harbour board cancelled every crossing to the Carrow islands until further notice.");
  private static final RawDocument STRIKE_2 = text("strike-2.txt",
      "The Elmsby ferry strike entered its second day on Tuesday as the Elmsby Ferry Workers Union and the harbour"
          + " board failed to agree on pay. Crossings to the Carrow islands stayed cancelled.");

  @Test
  void add_assignsEachDocumentAsItArrives_andSaysWhetherItStartedAStory() {
    StoryStream stream = new StoryStream();

    StoryStream.Assigned first = stream.add(STRIKE_1).assigned().orElseThrow();
    StoryStream.Assigned second = stream.add(STRIKE_2).assigned().orElseThrow();

    assertThat(first.startedStory()).isTrue();
    assertThat(second.startedStory()).isFalse();
    assertThat(second.storyId()).isEqualTo(first.storyId());
    assertThat(stream.articles()).isEqualTo(2);
    assertThat(stream.stories()).containsOnlyKeys(first.storyId());
    assertThat(stream.reconcile()).isEmpty();
  }

  @Test
  void add_documentWithoutArticleText_orReadTwice_isAFailureNamingIt_andTheStreamGoesOn() {
    StoryStream stream = new StoryStream();
    stream.add(STRIKE_1);

    InputFailure noText = stream.add(text("share.txt", "Share this.")).failure().orElseThrow();
    InputFailure twice = stream.add(STRIKE_1).failure().orElseThrow();
    StoryStream.Assigned next = stream.add(STRIKE_2).assigned().orElseThrow();

    assertThat(noText.source()).isEqualTo("share.txt");
    assertThat(noText.reason()).isNotBlank();
    assertThat(twice.source()).isEqualTo("strike-1.txt");
    assertThat(twice.reason()).startsWith("read twice");
    assertThat(stream.articles()).isEqualTo(2);
    assertThat(stream.stories().get(next.storyId())).hasSize(2);
    assertThat(List.copyOf(stream.stories().keySet())).hasSize(1);
  }
}
