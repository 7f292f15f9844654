package dev.parallax.cli;

import dev.parallax.eval.conflict.ConflictGold;
import dev.parallax.eval.conflict.ConflictGoldScore;
import dev.parallax.eval.conflict.ConflictSurvey;
import java.io.IOException;
import dev.parallax.eval.duc.MultiLingLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        "outlet), as one story and lists every number, date, place, name and stance conflict found, with",
        "each value, its normalised form, outlets and sentence. With --gold, scores the conflicts",
        "found against a gold set instead (precision and recall per kind)."},
    footerHeading = "%nExamples:%n",
    footer = {"  parallax eval conflicts ../shared/data/duc2004 ../shared/data/duc2003",
        "  parallax eval conflicts --gold            # the bundled gold set of fictional stories"})
final class EvalConflictsCommand implements Callable<Integer> {
  @Option(names = "--gold", arity = "0..1", fallbackValue = "", paramLabel = "DIR",
      description = "Score against a conflict gold set: a folder of story .jsonl files and gold.json (default: the bundled set).")
  String gold;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Folders laid out like DUC (with docs/) or MultiLing 2011 (with SourceTexts/), or Multi-News or SemEval-2022 Task 8 CSV files.")
  List<Path> folders;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (gold != null) {
      return scoreGold();
    }
    if (folders == null || folders.isEmpty()) {
      spec.commandLine().getErr().println("parallax: give a PATH to survey, or --gold [DIR] to score a gold set");
      return ExitCodes.USAGE;
    }
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

  private Integer scoreGold() {
    ConflictGold set = gold.isEmpty() ? ConflictGold.bundled() : ConflictGold.inFolder(Path.of(gold));
    List<ConflictGold.GoldStory> stories;
    try {
      stories = set.stories();
    } catch (IOException e) {
      spec.commandLine().getErr().println("parallax: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ConflictGoldScore.Report report = ConflictGoldScore.run(stories);
    spec.commandLine().getOut().printf("Conflicts, %s (%d stories)%n%n", set.description(), report.stories());
    spec.commandLine().getOut().print(report.format());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
