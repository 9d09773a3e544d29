package org.truce.cli;

import picocli.CommandLine.Option;

/** The {@code --error-format} option of the commands that print diagnostics. */
public final class ErrorFormatOption {
  @Option(
      names = "--error-format",
      paramLabel = "human|json",
      defaultValue = "human",
      description =
          "How diagnostics are printed on standard error: `human` (default) or `json` (one array"
              + " of diagnostic objects, see docs/cli.md).")
  ErrorFormat errorFormat = ErrorFormat.HUMAN;

  public ErrorFormat get() {
    return errorFormat;
  }
}
