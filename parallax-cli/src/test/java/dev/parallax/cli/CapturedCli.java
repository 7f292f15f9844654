package dev.parallax.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The command line as the tests run it: {@link ParallaxCli#commandLine()} with what it prints captured. */
final class CapturedCli {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the command line on {@code args} and returns its exit code. */
  int run(String... args) {
    CommandLine cli = ParallaxCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** Everything printed to standard output so far (since {@link #clearOut}). */
  String out() {
    return out.toString();
  }

  /** Everything printed to standard error so far. */
  String err() {
    return err.toString();
  }

  void clearOut() {
    out.getBuffer().setLength(0);
  }
}
