package org.truce.cli;

import org.truce.cli.CodedCommand.Value;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The {@code --error-format} option of the commands that print diagnostics. */
public final class ErrorFormatOption {
  private static final String NAME = "--error-format";
  private static final String LABEL = "human|json";
  private static final String DEFAULT = "human";
  private static final String DESCRIPTION =
      "How diagnostics are printed on standard error: `human` (default) or `json` (one array"
          + " of diagnostic objects, see docs/cli.md).";

  /** Where picocli puts the value for a command read from its annotations. */
  @Option(names = NAME, paramLabel = LABEL, defaultValue = DEFAULT, description = DESCRIPTION)
  ErrorFormat errorFormat = ErrorFormat.HUMAN;

  /** Where it puts it for a command built in code, once {@link #spec()} was called. */
  private Value<ErrorFormat> coded;

  public ErrorFormat get() {
    return coded != null ? coded.value() : errorFormat;
  }

  /** The same option, for a command whose model is built in code ({@link CodedCommand}). */
  OptionSpec spec() {
    coded = new Value<>(ErrorFormat.HUMAN);
    return CodedCommand.option(coded, ErrorFormat.class, LABEL, NAME)
        .defaultValue(DEFAULT)
        .description(DESCRIPTION)
        .build();
  }
}
