package org.truce.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code -o/--output} option of the commands that print one document. */
public final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to this file (atomically) instead of standard output.")
  String output;

  public Optional<String> get() {
    return Optional.ofNullable(output);
  }
}
