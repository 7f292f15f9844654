package dev.parallax.cli;

import dev.parallax.eval.conflict.ConflictSurvey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval conflicts DIR...}: the conflicts briefings find in real multi-agency news. */
@Command(
    name = "conflicts",
    mixinStandardHelpOptions = true,
    description = {
        "Briefs every topic of each DUC-style folder (docs/<topic>/ with one newswire SGML file per",
        "document; the DOCNO's agency prefix is the outlet), or every row of a Multi-News CSV (each",
        "document its own outlet), as one story and lists every number and date conflict found, with",
        "each value, its normalised form, outlets and sentence."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval conflicts ../shared/data/duc2004 ../shared/data/duc2003")
final class EvalConflictsCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders laid out like DUC (with docs/), or Multi-News CSV files.")
  List<Path> folders;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Path folder : folders) {
      if (!Files.isDirectory(folder.resolve("docs")) && !Files.isRegularFile(folder)) {
        spec.commandLine().getErr().println("parallax: neither a DUC-style folder (with docs/) nor a CSV file: " + folder);
        return ExitCodes.USAGE;
      }
    }
    spec.commandLine().getOut().print(ConflictSurvey.format(ConflictSurvey.run(folders)));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
