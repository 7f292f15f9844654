package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** STUB: {@code nlp} is being built. */
@Command(name = "nlp", mixinStandardHelpOptions = true, description = "Not yet available.")
final class EvalNlpCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parallax: nlp is not available yet");
    return ExitCodes.USAGE;
  }
}
