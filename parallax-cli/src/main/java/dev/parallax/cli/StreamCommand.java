package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.cluster.StoryMove;
import dev.parallax.ingest.IngestLimits;
import dev.parallax.ingest.IngestResult;
import dev.parallax.ingest.InputReader;
import dev.parallax.model.Article;
import dev.parallax.model.InputFailure;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import dev.parallax.pipeline.StoryStream;
import dev.parallax.pipeline.StreamStateFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax stream INPUT...}: assigns articles to stories as they arrive and prints each decision. */
@Command(
    name = "stream",
    mixinStandardHelpOptions = true,
    description = {
        "Assigns articles to stories one at a time, as they arrive, and prints one JSON event a line:",
        "  {\"event\":\"assigned\", \"article\", \"source\", \"story\", \"startedStory\", \"title\", \"published\"}",
        "  {\"event\":\"moved\", \"article\", \"from\", \"to\"}   a correction made at a checkpoint",
        "  {\"event\":\"story\", \"story\", \"articles\", \"sources\", \"earlierPhase\"}   each story, at the end",
        "A story's id never changes and an arrival never moves other articles. At each checkpoint",
        "(every --reconcile-every articles, and at the end) recent assignments are corrected in the",
        "light of later articles; every correction is a 'moved' event. Inputs are read as 'brief' reads",
        "them, in the order given; - is standard input read as JSONL, one article a line, each",
        "assigned as soon as its line arrives; a line that declares a \"url\" is named by it, so an item",
        "delivered again is skipped as read twice. Copies are not collapsed (use 'brief' for that).",
        "With --state FILE the stream goes on from FILE when it exists (same stories, same ids) and is",
        "saved back to it at every checkpoint; the 'story' events then list the stories this run changed."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  parallax stream articles/ > events.jsonl",
        "  tail -f feed.jsonl | parallax stream - --reconcile-every 100",
        "  parallax stream --state monitor.state today/ > today.jsonl"})
final class StreamCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, http(s) URLs, or - for JSONL on standard input.")
  List<String> inputs;

  @Option(names = "--reconcile-every", paramLabel = "N", defaultValue = "0",
      description = "Correct recent assignments after every N articles (default: only at the end).")
  int reconcileEvery;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Go on from the stream saved in FILE, if it exists, and save the stream there at every checkpoint.")
  Path stateFile;

  @Mixin FetchOptions fetch;

  @Spec CommandSpec spec;

  /** Standard input; a field so that tests can give their own. */
  InputStream stdin = System.in;

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The longest standard-input record read: the size limit of an input file, counted in characters. */
  private static final int MAX_LINE_CHARS = (int) Math.min(Integer.MAX_VALUE - 8, IngestLimits.DEFAULT.maxFileBytes());

  private PrintWriter out;
  private PrintWriter err;
  private StoryStream stream;
  /** Stories an article joined, started or left in this run: the ones the closing 'story' events list. */
  private final Set<String> changed = new HashSet<>();
  private int assignedThisRun;

  @Override
  public Integer call() {
    if (reconcileEvery < 0) {
      spec.commandLine().getErr().println("parallax: --reconcile-every must be 0 or more, not " + reconcileEvery);
      return ExitCodes.USAGE;
    }
    out = spec.commandLine().getOut();
    err = spec.commandLine().getErr();
    if (stateFile == null) {
      return run(new StoryStream());
    }
    try (Closeable held = StreamStateFile.hold(stateFile)) {
      return run(Files.exists(stateFile) ? StreamStateFile.load(stateFile) : new StoryStream());
    } catch (IOException e) {
      err.println("parallax: cannot go on from the saved stream: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /**
   * Reads every input into {@code stream}, then corrects, saves and lists the stories; a failed save is
   * reported and makes the exit code {@link ExitCodes#OUTPUT_FAILED}, after the events are printed.
   */
  private int run(StoryStream stream) {
    this.stream = stream;
    InputReader reader = fetch.reader();
    for (String input : inputs) {
      if (input.equals("-")) {
        readLines(reader);
      } else {
        accept(reader.readInputs(List.of(input)));
      }
    }
    boolean saved = checkpoint();
    Map<String, List<String>> stories = stream.stories();
    for (Map.Entry<String, List<String>> story : stories.entrySet()) {
      if (!changed.contains(story.getKey())) {
        continue;
      }
      ObjectNode event = event("story").put("story", story.getKey());
      story.getValue().forEach(event.putArray("articles")::add);
      story.getValue().forEach(id -> event.withArray("sources").add(stream.sourceOf(id).orElse(null)));
      event.put("earlierPhase", stream.earlierPhaseOf(story.getKey()).orElse(null));
      print(event);
    }
    if (assignedThisRun == 0) {
      err.println("parallax: no article could be read from " + String.join(", ", inputs));
      err.flush();
      return ExitCodes.NOTHING_BRIEFED;
    }
    err.printf("parallax: %d articles in %d stories%s%n", assignedThisRun, changed.stream().filter(stories::containsKey).count(),
        stateFile == null ? "" : String.format("; %d articles in %d stories in all, %s %s",
            stream.articles(), stories.size(), saved ? "saved in" : "NOT saved in", stateFile));
    err.flush();
    return saved ? ExitCodes.OK : ExitCodes.OUTPUT_FAILED;
  }

  /**
   * Standard input as JSONL, each line assigned as soon as it is read. A record is named {@code -#N} (line N),
   * and, when the stream is saved, also by when this run started ({@code -#N@2026-12-08T09:30:00.125Z}): line 1 of
   * tomorrow's run is another article than line 1 of today's. A record that declares its URL is named by it
   * instead, so an item a feed delivers again, in this run or a later one, is known as read twice.
   */
  private void readLines(InputReader reader) {
    BoundedLines lines = new BoundedLines(new InputStreamReader(stdin, StandardCharsets.UTF_8), MAX_LINE_CHARS);
    String run = stateFile == null ? "" : "@" + Instant.now().truncatedTo(ChronoUnit.MILLIS);
    int number = 0;
    try {
      for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
        number++;
        if (line.tooLong()) {
          skipped(new InputFailure("-#" + number + run,
              "record of " + line.length() + " characters, longer than " + MAX_LINE_CHARS));
        } else if (!line.text().isBlank()) {
          IngestResult read = reader.readJsonlRecord("-#" + number + run, line.text());
          accept(new IngestResult(read.documents().stream().map(StreamCommand::namedByUrl).toList(), read.failures()));
        }
      }
    } catch (IOException e) {
      skipped(new InputFailure("-", "cannot read: " + e.getMessage()));
    }
  }

  private static RawDocument namedByUrl(RawDocument record) {
    return record.declared().url()
        .map(url -> new RawDocument(url, record.format(), record.content(), record.declared()))
        .orElse(record);
  }

  private void accept(IngestResult read) {
    read.failures().forEach(this::skipped);
    for (RawDocument document : read.documents()) {
      StoryStream.Outcome outcome = stream.add(document);
      outcome.failure().ifPresent(this::skipped);
      outcome.assigned().ifPresent(this::assigned);
    }
  }

  private void assigned(StoryStream.Assigned assigned) {
    Article article = assigned.article().article();
    assignedThisRun++;
    changed.add(assigned.storyId());
    print(event("assigned")
        .put("article", article.id())
        .put("source", article.source())
        .put("story", assigned.storyId())
        .put("startedStory", assigned.startedStory())
        .put("title", article.title())
        .put("published", article.published().map(PublicationDate::date).map(Object::toString).orElse(null)));
    if (reconcileEvery > 0 && assignedThisRun % reconcileEvery == 0) {
      checkpoint();
    }
  }

  /**
   * Corrects recent assignments, prints each correction, and saves the stream when asked to; false
   * when the save failed (the file keeps the state of the last checkpoint that saved).
   */
  private boolean checkpoint() {
    for (StoryMove move : stream.reconcile()) {
      changed.add(move.fromStory());
      changed.add(move.toStory());
      print(event("moved").put("article", move.articleId()).put("from", move.fromStory()).put("to", move.toStory()));
    }
    if (stateFile == null) {
      return true;
    }
    try {
      StreamStateFile.save(stream, stateFile);
      return true;
    } catch (IOException e) {
      err.println("parallax: cannot save the stream to " + stateFile + ": " + e.getMessage());
      err.flush();
      return false;
    }
  }

  private void skipped(InputFailure failure) {
    err.println("parallax: skipped " + failure.source() + ": " + failure.reason());
    err.flush();
  }

  private static ObjectNode event(String name) {
    return JSON.createObjectNode().put("event", name);
  }

  private void print(ObjectNode event) {
    out.println(event.toString());
    out.flush();
  }
}
