package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** STUB: {@code cluster} is being built. */
@Command(name = "cluster", mixinStandardHelpOptions = true, description = "Not yet available.")
final class EvalClusterCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parallax: cluster is not available yet");
    return ExitCodes.USAGE;
  }
}
