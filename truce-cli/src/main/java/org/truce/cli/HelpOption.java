package org.truce.cli;

import picocli.CommandLine.Option;

/** The {@code -h, --help} option that every subcommand has. */
public final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
