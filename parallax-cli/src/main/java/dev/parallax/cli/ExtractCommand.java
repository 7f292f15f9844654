package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** STUB: {@code extract} is being built. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Not yet available.")
final class ExtractCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parallax: extract is not available yet");
    return ExitCodes.USAGE;
  }
}
