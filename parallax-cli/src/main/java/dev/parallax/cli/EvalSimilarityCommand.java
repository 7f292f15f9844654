package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** STUB: {@code similarity} is being built. */
@Command(name = "similarity", mixinStandardHelpOptions = true, description = "Not yet available.")
final class EvalSimilarityCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parallax: similarity is not available yet");
    return ExitCodes.USAGE;
  }
}
