package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: its subcommands do the work. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "Parallax 0.1.0",
    description = "Turns news articles from many outlets into story briefings whose every sentence is cited.",
    subcommands = {DemoCommand.class, BriefCommand.class, StreamCommand.class, ExtractCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:briefings written, or articles assigned (inputs that could not be used are named on stderr, one line each)",
        "1:no article could be read from the inputs",
        "2:bad usage (unknown option or format, missing corpus)",
        "3:the output folder could not be written"},
    footerHeading = "%nExamples:%n",
    footer = {
        "  parallax demo                          brief the built-in example corpus",
        "  parallax brief articles/ --out briefs  brief every article under articles/",
        "  tail -f feed.jsonl | parallax stream - assign each article to a story as it arrives"})
public final class ParallaxCli {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and for {@link #main}. */
  static CommandLine commandLine() {
    return new CommandLine(new ParallaxCli()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
