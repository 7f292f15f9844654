package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** STUB: {@code summarize} is being built. */
@Command(name = "summarize", mixinStandardHelpOptions = true, description = "Not yet available.")
final class EvalSummarizeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parallax: summarize is not available yet");
    return ExitCodes.USAGE;
  }
}
