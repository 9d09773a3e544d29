package org.truce.cli;

import picocli.CommandLine.Parameters;

/** The one {@code .truce} file of the commands that read a single agreement. */
public final class AgreementFileParameter {
  @Parameters(paramLabel = "FILE", description = "The .truce file; `-` reads standard input.")
  String file;

  public String get() {
    return file;
  }
}
