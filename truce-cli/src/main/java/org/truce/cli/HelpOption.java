package org.truce.cli;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The {@code -h, --help} option that every subcommand has. */
public final class HelpOption {
  private static final String DESCRIPTION = "Show this help and exit.";

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = DESCRIPTION)
  boolean help;

  /** The same option, for a command whose model is built in code ({@link CodedCommand}). */
  static OptionSpec spec() {
    return OptionSpec.builder("-h", "--help").usageHelp(true).description(DESCRIPTION).build();
  }
}
