package dev.parallax.cli;

/** The process exit codes, also listed in {@code parallax --help} and the README. */
final class ExitCodes {
  static final int OK = 0;
  static final int NOTHING_BRIEFED = 1;
  static final int USAGE = 2;
  static final int OUTPUT_FAILED = 3;

  private ExitCodes() {}
}
