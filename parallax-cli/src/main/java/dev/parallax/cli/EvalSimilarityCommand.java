package dev.parallax.cli;

import dev.parallax.eval.cluster.SimilarityEval;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval similarity DIR}: the same-event score against human news-pair judgements. */
@Command(
    name = "similarity",
    mixinStandardHelpOptions = true,
    description = {
        "Scores every English-English pair of SemEval-2022 Task 8 CSV files with the clusterer's",
        "same-event score and reports its Pearson correlation with the human Overall label",
        "(1 = very similar ... 4 = very different, so a good score correlates negatively)."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval similarity data/semeval2022-task8")
final class EvalSimilarityCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "A folder of SemEval-2022 Task 8 CSV files, or one CSV file.")
  Path folder;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SimilarityEval.Report report;
    try {
      report = SimilarityEval.run(folder);
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
