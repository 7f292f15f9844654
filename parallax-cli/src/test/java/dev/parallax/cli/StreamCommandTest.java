package dev.parallax.cli;

import static dev.parallax.cluster.FictionalNews.COMET;
import static dev.parallax.cluster.FictionalNews.CUP_1;
import static dev.parallax.cluster.FictionalNews.CUP_2;
import static dev.parallax.cluster.FictionalNews.FLOOD_1;
import static dev.parallax.cluster.FictionalNews.FLOOD_2;
import static dev.parallax.cluster.FictionalNews.FLOOD_3;
import static dev.parallax.cluster.FictionalNews.FLOOD_4;
import static dev.parallax.cluster.FictionalNews.MERGER_1;
import static dev.parallax.cluster.FictionalNews.MERGER_2;
import static dev.parallax.cluster.FictionalNews.MERGER_3;
import static dev.parallax.cluster.FictionalNews.MUSEUM;
import static dev.parallax.cluster.FictionalNews.RESIGNATION_1;
import static dev.parallax.cluster.FictionalNews.RESIGNATION_2;
import static dev.parallax.cluster.FictionalNews.RESIGNATION_3;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StreamCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String STRIKE_1 = record("Ferry workers strike in Port Elmsby",
      "Ferry workers in Port Elmsby walked out on Monday over pay, the Elmsby Ferry Workers Union said. The Elmsby"
          + " harbour board cancelled every crossing to the Carrow islands until further notice.",
      "2031-05-12");
  private static final String STRIKE_2 = record("Elmsby ferry strike enters second day",
      "The Elmsby ferry strike entered its second day on Tuesday as the Elmsby Ferry Workers Union and the harbour"
          + " board failed to agree on pay. Crossings to the Carrow islands stayed cancelled.",
      "2031-05-13");
  private static final String VARNE_COMET = record("Amateur astronomer finds comet over Varne",
      "A retired teacher in Varne discovered a new comet from her back garden on Saturday night. The Varne"
          + " observatory confirmed the find and said the comet would be visible with binoculars for a week.",
      "2031-05-13");

  private static final String MUSEUM_URL = "https://lindmark-post.example/2031/05/14/harlow-museum";
  /** Another event, a day later, told by an outlet that gives its URL. */
  private static final String HARLOW_MUSEUM_WITH_URL = ((com.fasterxml.jackson.databind.node.ObjectNode) JSON
      .createObjectNode().put("title", "Harlow museum reopens its east wing").put("text",
          "The Harlow museum reopened its east wing on Wednesday after a two-year restoration of the painted"
              + " ceiling. The wing holds a new gallery of river landscapes, and entry is free for a month.")
      .put("published", "2031-05-14").put("outlet", "Lindmark Post")).put("url", MUSEUM_URL).toString();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static String record(String title, String text, String published) {
    return JSON.createObjectNode().put("title", title).put("text", text).put("published", published)
        .put("outlet", "Test Wire").toString();
  }

  private int run(InputStream stdin, String... args) {
    StreamCommand command = new StreamCommand();
    command.stdin = stdin;
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private List<JsonNode> events() throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String line : out.toString().split("\\R")) {
      if (!line.isBlank()) {
        events.add(JSON.readTree(line));
      }
    }
    return events;
  }

  private static List<JsonNode> ofKind(List<JsonNode> events, String kind) {
    return events.stream().filter(e -> e.get("event").asText().equals(kind)).toList();
  }

  @Test
  void stdin_eachLineAssigned_badLineNamedOnStderr_restGoesOn() throws IOException {
    String input = STRIKE_1 + "\n{not json\n" + STRIKE_2 + "\n\n" + VARNE_COMET + "\n";

    int code = run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "-");

    assertThat(code).isZero();
    assertThat(err.toString()).contains("parallax: skipped -#2: invalid JSON");
    List<JsonNode> assigned = ofKind(events(), "assigned");
    assertThat(assigned).extracting(e -> e.get("source").asText()).containsExactly("-#1", "-#3", "-#5");
    assertThat(assigned.get(0).get("story").asText()).isEqualTo("story-0001");
    assertThat(assigned.get(0).get("startedStory").asBoolean()).isTrue();
    assertThat(assigned.get(1).get("story").asText()).isEqualTo("story-0001");
    assertThat(assigned.get(1).get("startedStory").asBoolean()).isFalse();
    assertThat(assigned.get(1).get("published").asText()).isEqualTo("2031-05-13");
    assertThat(assigned.get(2).get("story").asText()).isEqualTo("story-0002");
    assertThat(assigned.get(2).get("startedStory").asBoolean()).isTrue();
    List<JsonNode> stories = ofKind(events(), "story");
    assertThat(stories).extracting(s -> s.get("story").asText()).containsExactly("story-0001", "story-0002");
    assertThat(stories.get(0).get("sources")).extracting(JsonNode::asText).containsExactly("-#1", "-#3");
  }

  @Test
  void stdin_eventIsPrintedBeforeTheNextLineArrives() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
    CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run(stdin, "-"));

    feed.write((STRIKE_1 + "\n").getBytes(StandardCharsets.UTF_8));
    feed.flush();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!out.toString().contains("\"source\":\"-#1\"") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    // the first article is assigned while the stream is still open
    assertThat(out.toString()).contains("\"source\":\"-#1\"");
    assertThat(running).isNotDone();

    feed.write((STRIKE_2 + "\n").getBytes(StandardCharsets.UTF_8));
    feed.close();
    assertThat(running.get(60, TimeUnit.SECONDS)).isZero();
    assertThat(ofKind(events(), "assigned")).hasSize(2);
  }

  @Test
  void exampleCorpus_replayingAssignedAndMovedEventsGivesTheFinalStories_andTrueStoriesStayWhole() throws IOException {
    int code = run(InputStream.nullInputStream(), ExampleTruth.EXAMPLES.resolve("corpus").toString(),
        "--reconcile-every", "10");

    assertThat(code).isZero();
    List<JsonNode> events = events();
    Map<String, String> storyOf = new HashMap<>();
    Map<String, String> sourceOf = new HashMap<>();
    for (JsonNode e : events) {
      switch (e.get("event").asText()) {
        case "assigned" -> {
          assertThat(storyOf).as("an article is assigned once").doesNotContainKey(e.get("article").asText());
          storyOf.put(e.get("article").asText(), e.get("story").asText());
          sourceOf.put(e.get("article").asText(), e.get("source").asText());
        }
        case "moved" -> {
          assertThat(storyOf.get(e.get("article").asText())).isEqualTo(e.get("from").asText());
          storyOf.put(e.get("article").asText(), e.get("to").asText());
        }
        default -> { }
      }
    }
    Map<String, String> finalStoryOf = new HashMap<>();
    for (JsonNode story : ofKind(events, "story")) {
      story.get("articles").forEach(a -> finalStoryOf.put(a.asText(), story.get("story").asText()));
    }
    assertThat(finalStoryOf).isEqualTo(storyOf);

    ExampleTruth truth = ExampleTruth.load();
    Map<String, String> foundOfSource = new HashMap<>();
    storyOf.forEach((article, story) -> foundOfSource.put(sourceOf.get(article), story));
    assertThat(foundOfSource).hasSize(truth.rows().size());
    for (Map.Entry<String, List<String>> story : truth.stories().entrySet()) {
      Set<String> found = new HashSet<>();
      story.getValue().forEach(s -> found.add(foundOfSource.get(ExampleTruth.asRead(s))));
      assertThat(found).as("true story %s in found stories %s", story.getKey(), found).hasSize(1);
    }
    assertThat(new HashSet<>(foundOfSource.values())).hasSize(truth.stories().size());

    // Storm Bram is a later phase of Storm Isolde and nothing else is linked. In this arrival order the
    // ferry strike (May) was first linked to the Arden Bridge closure (March), while the bridge story
    // was small; the closing checkpoint drops the link the grown stories do not support.
    Map<String, String> earlierPhaseOf = new HashMap<>();
    for (JsonNode story : ofKind(events, "story")) {
      if (!story.get("earlierPhase").isNull()) {
        earlierPhaseOf.put(story.get("story").asText(), story.get("earlierPhase").asText());
      }
    }
    String bram = foundOfSource.get(ExampleTruth.asRead("corpus/harbour-gazette-storm-bram.txt"));
    String isolde = foundOfSource.get(ExampleTruth.asRead("corpus/harbour-gazette-storm-isolde-talmore.txt"));
    assertThat(earlierPhaseOf).containsExactly(Map.entry(bram, isolde));
  }

  /** An analysed fixture as the JSONL line a feed would send: title, text, outlet and date. */
  private static String line(AnalyzedArticle fixture) {
    Article a = fixture.article();
    return record(a.title(), a.body(), a.published().orElseThrow().date().toString()) + "\n";
  }

  @Test
  void stdin_twoEventsThatGrewIntoOneStory_areSplitAtTheEnd_eachCorrectionAMovedEvent() throws IOException {
    // the resignation's first report joins the takeover story and the other two follow it
    List<AnalyzedArticle> arrivals = List.of(FLOOD_1, FLOOD_2, MERGER_1, MERGER_2, FLOOD_3, MERGER_3, FLOOD_4, MUSEUM,
        COMET, RESIGNATION_1, RESIGNATION_2, RESIGNATION_3, CUP_1, CUP_2);
    StringBuilder input = new StringBuilder();
    arrivals.forEach(a -> input.append(line(a)));

    assertThat(run(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), "-")).isZero();

    List<JsonNode> events = events();
    Map<String, JsonNode> assignedBySource = new HashMap<>();
    ofKind(events, "assigned").forEach(e -> assignedBySource.put(e.get("source").asText(), e));
    String takeover = assignedBySource.get("-#3").get("story").asText();
    List<String> resignationIds = List.of("-#10", "-#11", "-#12").stream()
        .map(s -> assignedBySource.get(s).get("article").asText()).toList();
    assertThat(List.of("-#10", "-#11", "-#12")).allSatisfy(
        s -> assertThat(assignedBySource.get(s).get("story").asText()).as("assigned on arrival").isEqualTo(takeover));
    List<JsonNode> moved = ofKind(events, "moved");
    assertThat(moved).extracting(m -> m.get("article").asText()).containsExactlyElementsOf(resignationIds);
    assertThat(moved).allSatisfy(m -> assertThat(m.get("from").asText()).isEqualTo(takeover));
    String resignation = moved.get(0).get("to").asText();
    assertThat(resignation).isNotEqualTo(takeover);
    assertThat(moved).allSatisfy(m -> assertThat(m.get("to").asText()).isEqualTo(resignation));
    // the moves come after the last arrival, at the closing checkpoint, and before the stories
    assertThat(events.indexOf(moved.get(0))).isGreaterThan(events.indexOf(assignedBySource.get("-#14")));
    Map<String, JsonNode> stories = new HashMap<>();
    ofKind(events, "story").forEach(st -> stories.put(st.get("story").asText(), st));
    assertThat(stories.get(takeover).get("sources")).extracting(JsonNode::asText).containsExactly("-#3", "-#4", "-#6");
    assertThat(stories.get(resignation).get("sources")).extracting(JsonNode::asText)
        .containsExactly("-#10", "-#11", "-#12");
  }

  @Test
  void nothingReadable_exitsOne(@TempDir Path dir) {
    int code = run(InputStream.nullInputStream(), dir.resolve("missing.txt").toString());

    assertThat(code).isEqualTo(ExitCodes.NOTHING_BRIEFED);
    assertThat(err.toString()).contains("skipped " + dir.resolve("missing.txt")).contains("no article could be read");
  }

  @Test
  void negativeReconcileInterval_isAUsageError() {
    assertThat(run(InputStream.nullInputStream(), "-", "--reconcile-every", "-1")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--reconcile-every");
  }

  private static InputStream lines(String... records) {
    return new ByteArrayInputStream((String.join("\n", records) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void state_nextRunGoesOnWithTheSameStories_listsTheStoriesItChanged_andKnowsWhatItRead(@TempDir Path dir)
      throws IOException {
    Path state = dir.resolve("monitor.state");
    assertThat(run(lines(STRIKE_1, VARNE_COMET), "-", "--state", state.toString())).isZero();
    String strikeArticle = ofKind(events(), "assigned").get(0).get("article").asText();
    String firstSource = ofKind(events(), "assigned").get(0).get("source").asText();
    assertThat(firstSource).startsWith("-#1@");
    assertThat(state).exists();
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);

    int code = run(lines(STRIKE_2, HARLOW_MUSEUM_WITH_URL, HARLOW_MUSEUM_WITH_URL), "-", "--state", state.toString());

    assertThat(code).isZero();
    List<JsonNode> events = events();
    JsonNode followUp = ofKind(events, "assigned").get(0);
    assertThat(followUp.get("story").asText()).isEqualTo("story-0001");
    assertThat(followUp.get("startedStory").asBoolean()).isFalse();
    // line 1 of this run is another article than line 1 of the first run
    assertThat(followUp.get("source").asText()).startsWith("-#1@").isNotEqualTo(firstSource);
    // an item that declares its URL is named by it, and a second delivery is read twice
    assertThat(ofKind(events, "assigned")).extracting(e -> e.get("source").asText())
        .containsExactly(followUp.get("source").asText(), MUSEUM_URL);
    assertThat(err.toString()).contains("skipped " + MUSEUM_URL + ": read twice (already in story-0003)")
        .contains("2 articles in 2 stories; 4 articles in 3 stories in all, saved in " + state);
    // the comet story did not change in this run, so only the strike story and the museum's are listed
    List<JsonNode> stories = ofKind(events, "story");
    assertThat(stories).extracting(st -> st.get("story").asText()).containsExactly("story-0001", "story-0003");
    assertThat(stories.get(0).get("articles")).extracting(JsonNode::asText)
        .containsExactly(strikeArticle, followUp.get("article").asText());
    assertThat(stories.get(0).get("sources")).extracting(JsonNode::asText)
        .containsExactly(firstSource, followUp.get("source").asText());
  }

  @Test
  void state_thatIsNotASavedStream_isRefusedNamingIt_andLeftAsItWas(@TempDir Path dir) throws IOException {
    Path state = java.nio.file.Files.writeString(dir.resolve("monitor.state"), "not a saved stream");

    int code = run(lines(STRIKE_1), "-", "--state", state.toString());

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("cannot go on from the saved stream: " + state + ": not a saved stream");
    assertThat(out.toString()).isEmpty();
    assertThat(java.nio.file.Files.readString(state)).isEqualTo("not a saved stream");
  }

  @Test
  void state_heldByAnotherStream_isRefused_andTheStreamRunsOnceItIsFree(@TempDir Path dir) throws IOException {
    Path state = dir.resolve("monitor.state");
    try (java.io.Closeable other = dev.parallax.pipeline.StreamStateFile.hold(state)) {
      assertThat(run(lines(STRIKE_1), "-", "--state", state.toString())).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).contains(state + " is in use by another stream");
      assertThat(state).doesNotExist();
    }

    assertThat(run(lines(STRIKE_1), "-", "--state", state.toString())).isZero();
    assertThat(state).exists();
  }
}
