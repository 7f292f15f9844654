package dev.parallax.cli;

import dev.parallax.dedup.CopyDetectionConfig;
import dev.parallax.eval.dedup.CopyEval;
import dev.parallax.eval.dedup.CopyReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval copies PATH...}: near-duplicate detection measured on real articles. */
@Command(
    name = "copies",
    mixinStandardHelpOptions = true,
    description = {
        "Measures copy detection on pooled real articles (the layouts of eval cluster): the copies",
        "already in the pool (every pair compared exactly, against what MinHash and LSH found), and copies",
        "made from articles with no near neighbour (same text, page furniture, cut, extended, sentences",
        "dropped, 2% to 30% of words edited): how many are found, and whether the source is named original."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval copies data/duc2003 data/duc2004 data/multinews/sample.csv")
final class EvalCopiesCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "DUC folders, Multi-News CSV files and folders of <topic> <n>.txt files.")
  List<Path> paths;

  @Option(names = "--seed", defaultValue = "1", description = "Sampling and edit seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--sources", defaultValue = "200", description = "Articles reprinted per variant, at most (default: ${DEFAULT-VALUE}).")
  int sources;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CopyReport report;
    try {
      report = CopyEval.run(paths, new CopyEval.Options(seed, sources, CopyDetectionConfig.DEFAULTS));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("parallax: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    spec.commandLine().getOut().print(report.format());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
