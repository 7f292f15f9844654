package dev.parallax.cli;

import picocli.CommandLine.Command;

/** {@code parallax eval ...}: measures Parallax's stages on public evaluation sets. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Measures a stage of Parallax on an evaluation set given by path, and reproduces published",
        "scores of other systems in the same run where the set ships them."},
    subcommands = {
        EvalSummarizeCommand.class,
        EvalRougeCheckCommand.class,
        EvalExtractCommand.class,
        EvalClusterCommand.class,
        EvalSimilarityCommand.class,
        EvalCopiesCommand.class,
        EvalTimeCommand.class,
        EvalNlpCommand.class,
        EvalConflictsCommand.class,
        EvalSalienceFitCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  parallax eval rouge-check ../shared/data/duc2004",
        "  parallax eval summarize ../shared/data/duc2004 --out summaries"})
final class EvalCommand {}
