package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: its subcommands do the work. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "Parallax 0.1.0",
    description = "Turns news articles from many outlets into story briefings whose every sentence is cited.",
    subcommands = {DemoCommand.class, BriefCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  parallax demo                      brief the built-in example corpus",
        "  parallax brief articles/ --out out  brief every article under articles/",
        "",
        "Exit codes: 0 briefings written (some inputs may have been skipped, each named on stderr);",
        "1 no article could be read; 2 bad usage; 3 the output folder could not be written."})
public final class ParallaxCli {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and for {@link #main}. */
  static CommandLine commandLine() {
    return new CommandLine(new ParallaxCli()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
