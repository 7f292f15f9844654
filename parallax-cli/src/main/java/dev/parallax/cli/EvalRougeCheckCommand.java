package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** STUB: {@code rouge-check} is being built. */
@Command(name = "rouge-check", mixinStandardHelpOptions = true, description = "Not yet available.")
final class EvalRougeCheckCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parallax: rouge-check is not available yet");
    return ExitCodes.USAGE;
  }
}
