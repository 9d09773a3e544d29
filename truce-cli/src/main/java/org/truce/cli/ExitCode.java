package org.truce.cli;

/** The exit codes of every command (docs/cli.md). */
public final class ExitCode {
  /** Everything holds. */
  public static final int OK = 0;

  /** A finding was reported, e.g. {@code fmt --check} found files to reformat. */
  public static final int FINDING = 1;

  /** Bad input or usage: a diagnostic or a usage error was printed. */
  public static final int BAD_INPUT = 2;

  /** A bug in truce: the command stopped unexpectedly. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
