package dev.parallax.cli;

import dev.parallax.cluster.ClusteringConfig;
import dev.parallax.eval.cluster.ArrivalOrder;
import dev.parallax.eval.cluster.ClusteringEval;
import dev.parallax.eval.cluster.ClusteringReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval cluster PATH...}: story clustering scored on pooled real stories. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
        "Pools real stories (DUC folders: one story per topic; Multi-News CSVs: one story per row;",
        "folders of <topic> <n>.txt articles: one story per topic),",
        "runs every document through extraction, analysis and the story clusterer, and reports B-cubed",
        "and pairwise precision/recall/F1 per arrival order, next to Carrot2's bisecting k-means and Lingo",
        "told the true number of stories."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval cluster data/duc2003 data/duc2004 data/multinews/sample.csv --order both --out stories.jsonl")
final class EvalClusterCommand implements Callable<Integer> {
  /** The --order values. */
  enum Orders { random, date, both }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "DUC folders, Multi-News CSV files and folders of <topic> <n>.txt files.")
  List<Path> paths;

  @Option(names = "--order", defaultValue = "both", description = "Arrival order: random, date or both (default: ${DEFAULT-VALUE}).")
  Orders order;

  @Option(names = "--seed", defaultValue = "1", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--warm-up", description = "Count the whole pool's word statistics before streaming it.")
  boolean warmUp;

  @Option(names = "--no-carrot", description = "Skip the Carrot2 comparison.")
  boolean noCarrot;

  @Option(names = "--no-reconcile", description = "Score the stream as assigned, without the closing reconcile step.")
  boolean noReconcile;

  @Option(names = "--out", paramLabel = "FILE", description = "Write one JSON line per document and system: doc, gold, story.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<ArrivalOrder> orders = switch (order) {
      case random -> List.of(ArrivalOrder.RANDOM);
      case date -> List.of(ArrivalOrder.DATE);
      case both -> List.of(ArrivalOrder.RANDOM, ArrivalOrder.DATE);
    };
    ClusteringReport report;
    try {
      report = ClusteringEval.run(paths, new ClusteringEval.Options(orders, seed, !noCarrot, ClusteringConfig.DEFAULTS, warmUp,
          !noReconcile));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("parallax: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    spec.commandLine().getOut().print(report.format());
    spec.commandLine().getOut().flush();
    if (out != null) {
      try {
        report.writeJsonl(out);
      } catch (IOException e) {
        spec.commandLine().getErr().println("parallax: cannot write " + out + ": " + e.getMessage());
        return ExitCodes.OUTPUT_FAILED;
      }
    }
    return ExitCodes.OK;
  }
}
