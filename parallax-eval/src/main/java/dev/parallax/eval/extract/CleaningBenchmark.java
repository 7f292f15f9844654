package dev.parallax.eval.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * HTML-cleaning sets laid out as {@code input/<name>.html.gz} with {@code GoldStandard/<name>.txt}
 * (CleanEval dev/final, CleanPortalEval, Dragnet): every extractor is run on every page with a gold
 * file and scored by token overlap (bag of {@code \w+} tokens: precision and recall per page,
 * averaged, F1 of the means, the Zyte conventions with 1-token shingles) and by the Zyte 4-gram
 * shingle metric. A folder without {@code input/} is searched one level down (CleanEval's
 * {@code dev/} and {@code final/}).
 */
public final class CleaningBenchmark {
  /** Which gold format a data set uses. */
  public enum Format {
    CLEANEVAL(GoldText::cleanEval),
    DRAGNET(GoldText::dragnet);

    private final UnaryOperator<String> goldText;

    Format(UnaryOperator<String> goldText) {
      this.goldText = goldText;
    }
  }

  /** Token-F1 and shingle-F1 tables, one row per extractor. */
  public record Report(int pages, List<ExtractionRow> tokenRows, List<ExtractionRow> shingleRows) {
    public Report {
      tokenRows = List.copyOf(tokenRows);
      shingleRows = List.copyOf(shingleRows);
    }
  }

  private record Page(Path html, String gold) {}

  private final Path dir;
  private final Format format;
  private final int threads;

  /** The set in {@code dir}, extracting pages on {@code threads} threads. */
  public CleaningBenchmark(Path dir, Format format, int threads) {
    this.dir = dir;
    this.format = format;
    this.threads = Math.max(1, threads);
  }

  /**
   * Runs each extractor (which must be thread-safe) over every page with gold text.
   *
   * @throws IOException when no {@code input/} + {@code GoldStandard/} pair is found
   */
  public Report run(List<PageExtractor> extractors) throws IOException {
    List<Page> pages = pages();
    if (pages.isEmpty()) {
      throw new IOException(dir + " has no input/*.html.gz with GoldStandard/*.txt (also looked one level down)");
    }
    List<ParallelExtraction.Input> inputs = inputs(pages);
    List<ExtractionRow> tokenRows = new ArrayList<>();
    List<ExtractionRow> shingleRows = new ArrayList<>();
    for (PageExtractor extractor : extractors) {
      ParallelExtraction.Run run = ParallelExtraction.run(extractor, inputs, threads);
      List<ShingleScorer.PageMatch> tokenMatches = new ArrayList<>();
      List<ShingleScorer.PageMatch> shingleMatches = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        String text = run.results().get(i).text();
        tokenMatches.add(ShingleScorer.match(pages.get(i).gold(), text, 1));
        shingleMatches.add(ShingleScorer.match(pages.get(i).gold(), text));
      }
      OptionalDouble speed = OptionalDouble.of(run.pagesPerSecond());
      OptionalDouble cpu = OptionalDouble.of(run.cpuMillisPerPage());
      tokenRows.add(new ExtractionRow(extractor.name(), "run here", ShingleScorer.aggregate(tokenMatches),
          OptionalDouble.empty(), speed, cpu, run.failures()));
      shingleRows.add(new ExtractionRow(extractor.name(), "run here", ShingleScorer.aggregate(shingleMatches),
          OptionalDouble.empty(), speed, cpu, run.failures()));
    }
    return new Report(pages.size(), tokenRows, shingleRows);
  }

  /** The HTML of every page with gold text, for speed measurements. */
  public List<String> pageHtmls() throws IOException {
    return inputs(pages()).stream().map(ParallelExtraction.Input::html).toList();
  }

  private static List<ParallelExtraction.Input> inputs(List<Page> pages) throws IOException {
    List<ParallelExtraction.Input> inputs = new ArrayList<>();
    for (Page page : pages) {
      inputs.add(new ParallelExtraction.Input(readHtml(page.html()), ""));
    }
    return inputs;
  }

  private List<Page> pages() throws IOException {
    List<Path> roots = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("input"))) {
      roots.add(dir);
    } else if (Files.isDirectory(dir)) {
      try (Stream<Path> children = Files.list(dir)) {
        children.filter(c -> Files.isDirectory(c.resolve("input"))).sorted().forEach(roots::add);
      }
    }
    List<Page> pages = new ArrayList<>();
    for (Path root : roots) {
      List<Path> inputs;
      try (Stream<Path> files = Files.list(root.resolve("input"))) {
        inputs = files.filter(f -> f.getFileName().toString().endsWith(".html.gz")).sorted().toList();
      }
      for (Path input : inputs) {
        String name = input.getFileName().toString().replaceFirst("\\.html\\.gz$", "");
        Path gold = root.resolve("GoldStandard").resolve(name + ".txt");
        if (Files.isRegularFile(gold)) {
          pages.add(new Page(input, format.goldText.apply(GoldText.decode(Files.readAllBytes(gold)))));
        }
      }
    }
    return pages;
  }

  private static String readHtml(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return GoldText.decode(in.readAllBytes());
    }
  }
}
