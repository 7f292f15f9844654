package dev.parallax.cli;

import dev.parallax.eval.conflict.ConflictSurvey;
import dev.parallax.eval.duc.MultiLingLayout;
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
        "document; the DOCNO's agency prefix is the outlet), every English topic of a MultiLing 2011",
        "folder (SourceTexts/), every row of a Multi-News CSV, or every same-event English pair",
        "(Overall <= 2) of a SemEval-2022 Task 8 CSV (there each document is its own",
        "outlet), as one story and lists every number, date, place and stance conflict found, with",
        "each value, its normalised form, outlets and sentence."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval conflicts ../shared/data/duc2004 ../shared/data/duc2003")
final class EvalConflictsCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders laid out like DUC (with docs/) or MultiLing 2011 (with SourceTexts/), or Multi-News or SemEval-2022 Task 8 CSV files.")
  List<Path> folders;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Path folder : folders) {
      if (!Files.isDirectory(folder.resolve("docs")) && !MultiLingLayout.matches(folder) && !Files.isRegularFile(folder)) {
        spec.commandLine().getErr().println(
            "parallax: neither a DUC-style folder (with docs/), a MultiLing folder (with SourceTexts/) nor a CSV file: "
                + folder);
        return ExitCodes.USAGE;
      }
    }
    spec.commandLine().getOut().print(ConflictSurvey.format(ConflictSurvey.run(folders)));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
