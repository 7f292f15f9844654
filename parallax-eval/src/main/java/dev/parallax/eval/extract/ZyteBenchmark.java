package dev.parallax.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The Zyte (Scrapinghub) article-extraction benchmark: 181 pages with the gold article body.
 * Scores the bundled outputs of published systems first (to show the metric reproduces their
 * published F1), then runs extractors on the HTML and scores them the same way.
 *
 * <p>Layout of the folder: {@code ground-truth.json} ({@code {id: {articleBody, url}}}),
 * {@code html/<id>.html.gz} (UTF-8), {@code system-outputs/<system>.json} (either the id map or
 * {@code {"output": idMap, "version": ...}}).
 */
public final class ZyteBenchmark {
  /** F1 published in the benchmark's README for the bundled outputs (2019 table and 2025 update). */
  static final Map<String, Double> PUBLISHED_F1 = Map.ofEntries(
      Map.entry("AutoExtract", 0.970),
      Map.entry("Diffbot", 0.951),
      Map.entry("boilerpipe", 0.860),
      Map.entry("dragnet", 0.907),
      Map.entry("go_trafilatura", 0.960),
      Map.entry("goose3", 0.896),
      Map.entry("html-text", 0.665),
      Map.entry("justext", 0.804),
      Map.entry("newspaper", 0.949),
      Map.entry("readability", 0.922),
      Map.entry("readability_js", 0.947),
      Map.entry("trafilatura", 0.958));

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Everything one run measured. */
  public record Report(List<ExtractionRow> rows, MetadataCheck metadata, Map<String, String> ourOutput) {
    public Report {
      rows = List.copyOf(rows);
      ourOutput = java.util.Collections.unmodifiableMap(new TreeMap<>(ourOutput));
    }
  }

  /** One page of the benchmark. */
  record Page(String id, String url, String truth, Optional<LocalDate> truthDate, Optional<String> truthAuthor) {}

  private final Path dir;
  private final int threads;

  /** The benchmark in {@code dir}, extracting pages on {@code threads} threads. */
  public ZyteBenchmark(Path dir, int threads) {
    this.dir = dir;
    this.threads = Math.max(1, threads);
  }

  /**
   * Scores the bundled outputs, then runs {@code ours} and the {@code others} on every page.
   * Extractors must be thread-safe.
   *
   * @throws IOException when the folder does not have the benchmark's layout
   */
  public Report run(PageExtractor ours, List<PageExtractor> others) throws IOException {
    List<Page> pages = groundTruth();
    List<ExtractionRow> rows = new ArrayList<>(bundledRows(pages));
    List<ParallelExtraction.Input> inputs = inputs(pages);
    Map<String, String> ourOutput = new TreeMap<>();
    List<PageExtractor.Extracted> ourResults = new ArrayList<>();
    rows.add(runExtractor(ours, pages, inputs, ourOutput, ourResults));
    for (PageExtractor other : others) {
      rows.add(runExtractor(other, pages, inputs, new TreeMap<>(), new ArrayList<>()));
    }
    return new Report(rows, metadataCheck(pages, ourResults), ourOutput);
  }

  /** The HTML of every page, in id order, for speed measurements. */
  public List<String> pageHtmls() throws IOException {
    return inputs(groundTruth()).stream().map(ParallelExtraction.Input::html).toList();
  }

  private List<ParallelExtraction.Input> inputs(List<Page> pages) throws IOException {
    List<ParallelExtraction.Input> inputs = new ArrayList<>();
    for (Page page : pages) {
      inputs.add(new ParallelExtraction.Input(readHtml(page.id()), page.url()));
    }
    return inputs;
  }

  List<Page> groundTruth() throws IOException {
    Path file = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(file)) {
      throw new IOException(dir + " has no ground-truth.json (expected the Zyte benchmark folder)");
    }
    JsonNode root = JSON.readTree(file.toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode item = e.getValue();
      pages.add(new Page(e.getKey(), item.path("url").asText(""), item.path("articleBody").asText(""),
          firstText(item, "datePublished", "date").flatMap(ZyteBenchmark::isoDate),
          firstText(item, "author", "authors")));
    }
    pages.sort(java.util.Comparator.comparing(Page::id));
    return pages;
  }

  private List<ExtractionRow> bundledRows(List<Page> pages) throws IOException {
    Path outputs = dir.resolve("system-outputs");
    List<ExtractionRow> rows = new ArrayList<>();
    if (!Files.isDirectory(outputs)) {
      return rows;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(outputs)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      String system = file.getFileName().toString().replaceFirst("\\.json$", "");
      Map<String, String> predicted = readOutput(file);
      List<ShingleScorer.PageMatch> matches = new ArrayList<>();
      for (Page page : pages) {
        matches.add(ShingleScorer.match(page.truth(), predicted.getOrDefault(page.id(), "")));
      }
      Double published = PUBLISHED_F1.get(system);
      rows.add(new ExtractionRow(system, "bundled output", ShingleScorer.aggregate(matches),
          published == null ? OptionalDouble.empty() : OptionalDouble.of(published), OptionalDouble.empty(),
          OptionalDouble.empty(), 0));
    }
    return rows;
  }

  /** An output file's {@code id -> articleBody}, in either of the benchmark's two layouts. */
  static Map<String, String> readOutput(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    JsonNode items = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
    Map<String, String> texts = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode body = e.getValue().get("articleBody");
      texts.put(e.getKey(), body == null || body.isNull() ? "" : body.asText(""));
    }
    return texts;
  }

  private ExtractionRow runExtractor(PageExtractor extractor, List<Page> pages, List<ParallelExtraction.Input> inputs,
      Map<String, String> output, List<PageExtractor.Extracted> results) {
    ParallelExtraction.Run run = ParallelExtraction.run(extractor, inputs, threads);
    List<ShingleScorer.PageMatch> matches = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      PageExtractor.Extracted extracted = run.results().get(i);
      output.put(pages.get(i).id(), extracted.text());
      results.add(extracted);
      matches.add(ShingleScorer.match(pages.get(i).truth(), extracted.text()));
    }
    return new ExtractionRow(extractor.name(), "run here", ShingleScorer.aggregate(matches), OptionalDouble.empty(),
        OptionalDouble.of(run.pagesPerSecond()), OptionalDouble.of(run.cpuMillisPerPage()), run.failures());
  }

  private String readHtml(String id) throws IOException {
    Path file = dir.resolve("html").resolve(id + ".html.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static MetadataCheck metadataCheck(List<Page> pages, List<PageExtractor.Extracted> results) {
    int withDate = 0;
    int withAuthors = 0;
    int truthDates = 0;
    int rightDates = 0;
    int truthAuthors = 0;
    int rightAuthors = 0;
    for (int i = 0; i < pages.size() && i < results.size(); i++) {
      Page page = pages.get(i);
      PageExtractor.Extracted got = results.get(i);
      withDate += got.published().isPresent() ? 1 : 0;
      withAuthors += got.authors().isEmpty() ? 0 : 1;
      if (page.truthDate().isPresent()) {
        truthDates++;
        rightDates += got.published().equals(page.truthDate()) ? 1 : 0;
      }
      if (page.truthAuthor().isPresent()) {
        truthAuthors++;
        String wanted = nameKey(page.truthAuthor().get());
        rightAuthors += got.authors().stream().map(ZyteBenchmark::nameKey).anyMatch(wanted::equals) ? 1 : 0;
      }
    }
    return new MetadataCheck(results.size(), withDate, withAuthors,
        truthDates, truthDates == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) rightDates / truthDates),
        truthAuthors, truthAuthors == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) rightAuthors / truthAuthors));
  }

  static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The first of {@code fields} present as text, or as the first text of an array. */
  private static Optional<String> firstText(JsonNode item, String... fields) {
    for (String field : fields) {
      JsonNode value = item.get(field);
      if (value != null && value.isArray() && !value.isEmpty()) {
        value = value.get(0);
      }
      if (value != null && value.isObject()) {
        value = value.get("name");
      }
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return Optional.of(value.asText().strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> isoDate(String value) {
    try {
      return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Writes {@code texts} as the benchmark's output JSON: {@code {id: {"articleBody": text}}}. */
  public static void writeOutput(Map<String, String> texts, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    new TreeMap<>(texts).forEach((id, text) -> root.putObject(id).put("articleBody", text));
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
  }
}
