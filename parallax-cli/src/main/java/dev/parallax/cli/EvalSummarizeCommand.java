package dev.parallax.cli;

import dev.parallax.eval.EvalOptions;
import dev.parallax.eval.ParallaxSummarizer;
import dev.parallax.eval.SummarizationEval;
import dev.parallax.eval.SummarizationReport;
import dev.parallax.brief.SummaryConfig;
import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.MultiLingLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval summarize}: ROUGE of Parallax's summaries beside the published systems. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
        "Summarises every cluster of a data set and scores the summaries with our ROUGE-1.5.5",
        "reimplementation, beside the published systems' summaries found in its peers/ folder.",
        "DATASET is a folder in the DUC layout (docs/, models/, optional peers/), a MultiLing 2011",
        "folder (SourceTexts/, Model Summaries/English/, optional correctedSubmissions/) or a Multi-News CSV.",
        "DUC: recall at 100 words and at 665 bytes, Porter stemming with ROUGE's exception list.",
        "MultiLing (English): ROUGE-1/2 recall of summaries of at most 250 words, no stemming, as published.",
        "Multi-News: ROUGE-1/2/Lsum F1 in the rouge-score convention."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval summarize ../shared/data/duc2004 --out duc2004-summaries")
final class EvalSummarizeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DATASET", description = "DUC-layout folder or Multi-News CSV (or a folder holding sample.csv).")
  Path dataset;

  @Option(names = "--words", paramLabel = "N",
      description = "Word budget of each summary (default: 100 for DUC, 250 for Multi-News and MultiLing).")
  Integer words;

  @Option(names = "--rouge-data", paramLabel = "DIR",
      description = "Folder with ROUGE's smart_common_words.txt and wordnet-2.0-exc.tsv (default: ../shared/rouge-data).")
  Path rougeData;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Only the first N clusters (0: all).")
  int limit;

  @Option(names = "--out", paramLabel = "DIR", description = "Write each summary as <cluster id>.txt into DIR.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!Files.exists(dataset)) {
      spec.commandLine().getErr().println("parallax: no such data set: " + dataset);
      return ExitCodes.USAGE;
    }
    boolean multiNews = SummarizationEval.isMultiNews(dataset);
    boolean multiLing = MultiLingLayout.matches(dataset);
    int budget = words != null ? words : multiNews || multiLing ? 250 : 100;
    // MultiLing's ROUGE does not cut summaries: ours must stay within the budget as the participants' did.
    Function<Cluster, String> summarizer = multiLing
        ? new ParallaxSummarizer(SummaryConfig.atMostWords(budget), false)
        : new ParallaxSummarizer(budget, multiNews);
    if (out != null) {
      Files.createDirectories(out);
      summarizer = writingTo(summarizer, out);
    }
    EvalOptions options = EvalOptions.forDataset(dataset).withRougeData(rougeData).withClusterLimit(limit);
    long started = System.nanoTime();
    SummarizationReport report = SummarizationEval.run(dataset, summarizer, options);
    stdout.print(report.table());
    stdout.printf("%nParallax summaries: %d words budget, %.1f s for %d clusters%n",
        budget, (System.nanoTime() - started) / 1e9, report.clusters().size());
    stdout.flush();
    return ExitCodes.OK;
  }

  private static Function<Cluster, String> writingTo(Function<Cluster, String> summarizer, Path folder) {
    return cluster -> {
      String summary = summarizer.apply(cluster);
      try {
        Files.writeString(folder.resolve(cluster.id() + ".txt"), summary + "\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot write summary of " + cluster.id() + " to " + folder, e);
      }
      return summary;
    };
  }
}
