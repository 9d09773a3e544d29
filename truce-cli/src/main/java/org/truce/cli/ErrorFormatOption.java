package org.truce.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
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

  @Option(names = NAME, paramLabel = LABEL, defaultValue = DEFAULT, description = DESCRIPTION)
  ErrorFormat errorFormat = ErrorFormat.HUMAN;

  public ErrorFormat get() {
    return errorFormat;
  }

  /** The same option, for a command whose model is built in code ({@link CodedCommand}). */
  OptionSpec spec() {
    Binding binding = new Binding();
    return OptionSpec.builder(NAME)
        .type(ErrorFormat.class)
        .paramLabel(LABEL)
        .defaultValue(DEFAULT)
        .description(DESCRIPTION)
        .getter(binding)
        .setter(binding)
        .build();
  }

  /** Reads and writes {@link #errorFormat}, as picocli does through an annotated field. */
  private final class Binding implements IGetter, ISetter {
    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) errorFormat;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      ErrorFormat old = errorFormat;
      errorFormat = (ErrorFormat) value;
      return (T) old;
    }
  }
}
