package dev.parallax.cli;

import dev.parallax.eval.PublishedRougeCheck;
import dev.parallax.eval.PublishedRougeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval rouge-check}: proves our ROUGE reproduces the published DUC 2004 scores. */
@Command(
    name = "rouge-check",
    mixinStandardHelpOptions = true,
    description = {
        "Scores the 13 published systems' DUC 2004 summaries (peers/) with our ROUGE and compares",
        "every per-topic score with the official ROUGE-1.5.5 output (sumrepo-rouge155-output.res).",
        "Exits 0 when every ROUGE-1 and ROUGE-2 recall is within 0.001, else 1."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval rouge-check ../shared/data/duc2004")
final class EvalRougeCheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DUC2004", description = "Folder laid out like DUC 2004 with peers/ and the .res file.")
  Path folder;

  @Option(names = "--rouge-data", paramLabel = "DIR",
      description = "Folder with ROUGE's data files (default: ../shared/rouge-data).")
  Path rougeData;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(folder.resolve(PublishedRougeCheck.RESULT_FILE))) {
      spec.commandLine().getErr().println("parallax: " + folder + " has no " + PublishedRougeCheck.RESULT_FILE);
      return ExitCodes.USAGE;
    }
    PublishedRougeReport report = PublishedRougeCheck.run(folder, rougeData);
    spec.commandLine().getOut().print(report.table());
    spec.commandLine().getOut().flush();
    return report.allWithin("ROUGE-1") && report.allWithin("ROUGE-2") ? ExitCodes.OK : ExitCodes.NOTHING_BRIEFED;
  }
}
