package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** STUB: {@code time} is being built. */
@Command(name = "time", mixinStandardHelpOptions = true, description = "Not yet available.")
final class EvalTimeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parallax: time is not available yet");
    return ExitCodes.USAGE;
  }
}
