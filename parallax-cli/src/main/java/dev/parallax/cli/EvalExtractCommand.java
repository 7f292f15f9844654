package dev.parallax.cli;

import dev.parallax.eval.extract.CleaningBenchmark;
import dev.parallax.eval.extract.CruxPageExtractor;
import dev.parallax.eval.extract.ExtractionTable;
import dev.parallax.eval.extract.ExtractionThroughput;
import dev.parallax.eval.extract.MetadataBenchmark;
import dev.parallax.eval.extract.ParallaxPageExtractor;
import dev.parallax.eval.extract.Readability4jPageExtractor;
import dev.parallax.eval.extract.ZyteBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax eval extract --dataset zyte DIR}: article-extraction quality against gold text. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Measures article extraction on a data set with gold article text.",
        "zyte: the Zyte article-extraction benchmark (4-gram shingle precision",
        "and recall per page, F1 of the means); the bundled outputs of published",
        "systems are scored first, then Parallax, Readability4J and Crux are run",
        "on the pages.",
        "cleaneval, dragnet: HTML-cleaning sets (input/*.html.gz with",
        "GoldStandard/*.txt): token F1 and shingle F1.",
        "metadata: title, date and byline accuracy on HTML pages with a gold.json;",
        "without DIR, the bundled set of 25 fictional pages.",
        "Pages are extracted on --threads threads; then Parallax's speed alone is",
        "measured on the pages in memory, on 1 thread and on --threads threads."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval extract --dataset zyte data/zyte-extraction --out parallax-zyte.json")
final class EvalExtractCommand implements Callable<Integer> {
  enum Dataset { zyte, cleaneval, dragnet, metadata }

  @Option(names = "--dataset", required = true, paramLabel = "NAME",
      description = "Which data set DIR holds: ${COMPLETION-CANDIDATES}.")
  Dataset dataset;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "The data set's folder (optional for metadata: the bundled set).")
  Path dir;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write Parallax's extracted texts as JSON {id: {articleBody}} (the benchmark's output form).")
  Path out;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads extracting pages (default: the available processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--speed-seconds", paramLabel = "S", defaultValue = "5",
      description = "Seconds of repeated extraction per speed measurement, after a warm-up pass; 0 skips it (default: ${DEFAULT-VALUE}).")
  double speedSeconds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (dir == null && dataset != Dataset.metadata) {
      stderr.println("parallax: --dataset " + dataset + " needs the data set's folder (DIR)");
      return ExitCodes.USAGE;
    }
    try {
      switch (dataset) {
        case metadata -> {
          MetadataBenchmark benchmark = dir == null ? MetadataBenchmark.bundled() : MetadataBenchmark.inFolder(dir);
          MetadataBenchmark.Report report = benchmark.run();
          stdout.printf("Metadata accuracy, %s (%d pages)%n%n", benchmark.description(), report.pages());
          stdout.print(report.format());
        }
        case zyte -> {
          ZyteBenchmark benchmark = new ZyteBenchmark(dir, threads);
          ZyteBenchmark.Report report = benchmark.run(new ParallaxPageExtractor(),
              List.of(new Readability4jPageExtractor(), new CruxPageExtractor()));
          stdout.printf("Zyte article-extraction benchmark, %s (%d pages)%n%n", dir, report.ourOutput().size());
          stdout.print(ExtractionTable.format(report.rows()));
          stdout.println();
          stdout.print(ExtractionTable.format(report.metadata()));
          if (out != null) {
            ZyteBenchmark.writeOutput(report.ourOutput(), out);
            stdout.println("parallax output written to " + out);
          }
          printSpeed(stdout, benchmark.pageHtmls());
        }
        case cleaneval, dragnet -> {
          CleaningBenchmark.Format format =
              dataset == Dataset.dragnet ? CleaningBenchmark.Format.DRAGNET : CleaningBenchmark.Format.CLEANEVAL;
          CleaningBenchmark benchmark = new CleaningBenchmark(dir, format, threads);
          CleaningBenchmark.Report report = benchmark.run(
              List.of(new ParallaxPageExtractor(), new Readability4jPageExtractor(), new CruxPageExtractor()));
          stdout.printf("%s, %s (%d pages with gold text)%n%nToken overlap (bag of \\w+ tokens):%n%n", dataset, dir, report.pages());
          stdout.print(ExtractionTable.format(report.tokenRows()));
          stdout.printf("%n4-gram shingles (Zyte metric):%n%n");
          stdout.print(ExtractionTable.format(report.shingleRows()));
          if (out != null) {
            stderr.println("parallax: --out is only written for --dataset zyte");
          }
          printSpeed(stdout, benchmark.pageHtmls());
        }
      }
    } catch (IOException e) {
      stderr.println("parallax: cannot evaluate " + dir + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  /** Parallax alone on the pages in memory: one thread, then {@code --threads}; and peak memory. */
  private void printSpeed(PrintWriter stdout, List<String> htmls) {
    if (speedSeconds <= 0) {
      return;
    }
    stdout.printf("%nSpeed of parallax alone (%d pages in memory, after a warm-up pass, %.0f s or more each):%n",
        htmls.size(), speedSeconds);
    stdout.flush();
    for (int n : threads > 1 ? List.of(1, threads) : List.of(1)) {
      stdout.println("  " + ExtractionThroughput.measure(htmls, ParallaxPageExtractor::new, n, speedSeconds));
      stdout.flush();
    }
    ExtractionThroughput.peakResidentBytes().ifPresent(bytes -> stdout.printf(
        "  peak resident memory of this process: %d MB (all systems run, and every page held in memory)%n",
        bytes / (1024 * 1024)));
  }
}
