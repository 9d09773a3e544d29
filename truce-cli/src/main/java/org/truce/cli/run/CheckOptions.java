package org.truce.cli.run;

import java.util.List;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce check}.
 *
 * @param files the files as typed ({@code -} is standard input)
 * @param json print one result object per file on standard output instead of rendered diagnostics
 * @param errorFormat how diagnostics are printed on standard error when {@code json} is false
 */
public record CheckOptions(List<String> files, boolean json, ErrorFormat errorFormat) {
  public CheckOptions {
    files = List.copyOf(files);
  }
}
