package dev.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax demo}: briefs the example corpus that ships with Parallax. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Briefs the built-in example corpus (examples/corpus: fictional outlets and events).",
    footerHeading = "%nExample:%n",
    footer = "  parallax demo --out demo-briefings")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR",
      description = "The example corpus folder (default: examples/corpus of the Parallax checkout).")
  Path corpus;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path folder = corpus != null ? corpus : defaultCorpus();
    if (!Files.isDirectory(folder)) {
      spec.commandLine().getErr().println("parallax: example corpus not found at " + folder
          + " (run from the Parallax checkout or pass --corpus DIR)");
      return ExitCodes.USAGE;
    }
    return BriefRun.run(List.of(folder), output, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** examples/corpus under {@code parallax.home} (set by the launcher), shown relative to the working folder. */
  private static Path defaultCorpus() {
    Path home = Path.of(System.getProperty("parallax.home", ".")).toAbsolutePath().normalize();
    Path folder = home.resolve("examples").resolve("corpus");
    Path here = Path.of("").toAbsolutePath();
    return folder.startsWith(here) ? here.relativize(folder) : folder;
  }
}
