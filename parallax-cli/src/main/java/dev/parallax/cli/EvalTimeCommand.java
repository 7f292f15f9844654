package dev.parallax.cli;

import dev.parallax.eval.time.TimeEval;
import dev.parallax.eval.time.TimeScores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval time DIR --out FILE}: scores the time-expression tagger on TimeML files. */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = {
        "Tags the time expressions of every TimeML (.tml) file under DIR, anchored on each document's",
        "creation time, writes them as JSONL and prints detection P/R/F1 (strict and relaxed), type",
        "and value accuracy against the gold TIMEX3s, and how well the anchor can be inferred."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval time data/timebank --out timex.jsonl")
final class EvalTimeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of TimeML .tml files (searched recursively).")
  Path folder;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "JSONL file for every expression found (offsets into the tag-stripped TEXT).")
  Path out;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Optional plain-text list of misses, false alarms and wrong values.")
  Path errors;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      spec.commandLine().getErr().println("parallax: no such folder: " + folder);
      return ExitCodes.USAGE;
    }
    try {
      TimeScores scores = new TimeEval().run(folder, out, Optional.ofNullable(errors));
      spec.commandLine().getOut().print(scores.format());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (java.io.UncheckedIOException e) {
      spec.commandLine().getErr().println("parallax: " + e.getCause().getMessage());
      return ExitCodes.OUTPUT_FAILED;
    }
  }
}
