package org.truce.cli.run;

import java.util.List;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce check}.
 *
 * @param files the files as typed ({@code -} is standard input)
 * @param json print one result object per file on standard output instead of rendered diagnostics
 * @param errorFormat how diagnostics are printed on standard error when {@code json} is false
 * @param analyse run the analyses on each valid file (false: validate only)
 * @param analysis how to explore and which analyses to run
 * @param progress print a progress line on standard error while a search runs long
 * @param baseline which baseline of accepted findings to use or write
 */
public record CheckOptions(
    List<String> files,
    boolean json,
    ErrorFormat errorFormat,
    boolean analyse,
    org.truce.check.CheckOptions analysis,
    boolean progress,
    BaselineOptions baseline) {
  public CheckOptions {
    files = List.copyOf(files);
  }

  /** With the baseline beside each file, if there is one. */
  public CheckOptions(
      List<String> files,
      boolean json,
      ErrorFormat errorFormat,
      boolean analyse,
      org.truce.check.CheckOptions analysis,
      boolean progress) {
    this(files, json, errorFormat, analyse, analysis, progress, BaselineOptions.beside());
  }

  /** Validation only, as {@code --validate-only} asks. */
  public CheckOptions(List<String> files, boolean json, ErrorFormat errorFormat) {
    this(files, json, errorFormat, false, org.truce.check.CheckOptions.defaults(), false);
  }
}
