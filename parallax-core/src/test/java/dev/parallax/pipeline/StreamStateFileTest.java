package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamStateFileTest {
  @TempDir Path dir;

  private static RawDocument text(String source, String content) {
    return new RawDocument(source, RawDocument.Format.TEXT, content, DeclaredMetadata.NONE);
  }

  private static final List<RawDocument> DAY_ONE = List.of(
      text("strike-1.txt", "Ferry workers in Port Elmsby walked out on Monday over pay, the Elmsby Ferry Workers"
          + " Union said. The Elmsby harbour board cancelled every crossing to the Carrow islands until further notice."),
      text("comet.txt", "A retired teacher in Varne discovered a new comet from her back garden on Saturday night."
          + " The Varne observatory confirmed the find and said the comet would be visible with binoculars."));
  private static final List<RawDocument> DAY_TWO = List.of(
      text("strike-2.txt", "The Elmsby ferry strike entered its second day on Tuesday as the Elmsby Ferry Workers"
          + " Union and the harbour board failed to agree on pay. Crossings to the Carrow islands stayed cancelled."),
      text("museum.txt", "The Harlow museum reopened its east wing on Sunday after a two-year restoration of the"
          + " painted ceiling. The wing holds a new gallery of river landscapes by local artists, and entry is free"
          + " for the first month."));

  private static List<String> storiesOf(StoryStream stream, List<RawDocument> documents) {
    List<String> stories = new ArrayList<>();
    for (RawDocument d : documents) {
      stories.add(stream.add(d).assigned().orElseThrow().storyId());
    }
    return stories;
  }

  @Test
  void savedAndLoaded_goesOnAsTheStreamWouldHave_withItsSourcesAndCount() throws IOException {
    StoryStream uninterrupted = new StoryStream();
    storiesOf(uninterrupted, DAY_ONE);
    List<String> expected = storiesOf(uninterrupted, DAY_TWO);

    StoryStream first = new StoryStream();
    storiesOf(first, DAY_ONE);
    Path file = dir.resolve("monitor.state");
    StreamStateFile.save(first, file);
    StoryStream resumed = StreamStateFile.load(file);

    assertThat(storiesOf(resumed, DAY_TWO)).isEqualTo(expected);
    assertThat(expected.get(0)).isEqualTo(resumed.stories().keySet().iterator().next()); // the strike story goes on
    assertThat(resumed.stories()).isEqualTo(uninterrupted.stories());
    assertThat(resumed.reconcile()).isEqualTo(uninterrupted.reconcile());
    assertThat(resumed.articles()).isEqualTo(4);
    String strike = expected.get(0);
    assertThat(resumed.stories().get(strike)).map(id -> resumed.sourceOf(id).orElseThrow())
        .containsExactly("strike-1.txt", "strike-2.txt");
    assertThat(resumed.add(DAY_ONE.get(1)).failure().orElseThrow().reason()).startsWith("read twice");
    assertThat(Files.list(dir)).containsExactly(file); // nothing left beside it
  }

  @Test
  void save_replacesTheOldState() throws IOException {
    Path file = dir.resolve("monitor.state");
    StoryStream stream = new StoryStream();
    storiesOf(stream, DAY_ONE);
    StreamStateFile.save(stream, file);
    storiesOf(stream, DAY_TWO);
    StreamStateFile.save(stream, file);

    assertThat(StreamStateFile.load(file).articles()).isEqualTo(4);
  }

  @Test
  void load_ofAFileThatIsNotASavedStream_namesTheFileAndTheReason() throws IOException {
    Path missing = dir.resolve("missing.state");
    Path plain = Files.writeString(dir.resolve("plain.state"), "{\"format\":1}");
    Path notJson = gzip(dir.resolve("notjson.state"), "stories: none");
    Path incomplete = gzip(dir.resolve("incomplete.state"), "{\"format\":1,\"articles\":2,\"sources\":{}}");
    Path future = gzip(dir.resolve("future.state"), "{\"format\":7,\"articles\":0,\"sources\":{},\"clusterer\":"
        + "{\"format\":1,\"config\":{\"lexicalWeight\":0.8,\"entityWeight\":0.2,\"titleWeight\":3,\"timeGraceDays\":7,"
        + "\"timeHalfLifeDays\":21,\"joinThreshold\":0.15,\"thresholdGrowth\":0.2,\"centroidTerms\":200,"
        + "\"indexedTermsPerItem\":40},\"terms\":{\"documents\":0,\"counts\":{}},\"entities\":{\"documents\":0,"
        + "\"counts\":{}},\"stories\":[],\"earlierPhases\":{},\"open\":[],\"counted\":[],\"recentDates\":[]}}");
    StoryStream stream = new StoryStream();
    storiesOf(stream, DAY_ONE);
    Path truncated = dir.resolve("truncated.state");
    StreamStateFile.save(stream, truncated);
    byte[] whole = Files.readAllBytes(truncated);
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> StreamStateFile.load(missing)).hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> StreamStateFile.load(plain)).hasMessageStartingWith(plain + ": not a saved stream (not gzip");
    assertThatThrownBy(() -> StreamStateFile.load(notJson)).hasMessageStartingWith(notJson + ": not a saved stream");
    assertThatThrownBy(() -> StreamStateFile.load(incomplete)).hasMessageStartingWith(incomplete + ": not a saved stream")
        .hasMessageContaining("clusterer");
    assertThatThrownBy(() -> StreamStateFile.load(future)).hasMessage(future + ": stream state format 7, this build reads 1");
    assertThatThrownBy(() -> StreamStateFile.load(truncated)).hasMessageStartingWith(truncated.toString());
  }

  @Test
  void save_thatCannotWrite_failsAndLeavesNothingBehind() {
    Path file = dir.resolve("no-such-folder").resolve("monitor.state");

    assertThatThrownBy(() -> StreamStateFile.save(new StoryStream(), file)).isInstanceOf(IOException.class);
    assertThat(dir.resolve("no-such-folder")).doesNotExist();
  }

  private static Path gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }
}
