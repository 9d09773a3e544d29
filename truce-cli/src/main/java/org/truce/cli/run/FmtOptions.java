package org.truce.cli.run;

import java.util.List;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce fmt}.
 *
 * @param files the files as typed; {@code -} reads standard input and writes standard output
 * @param check only list the files that would change; write nothing
 * @param errorFormat how diagnostics are printed on standard error
 */
public record FmtOptions(List<String> files, boolean check, ErrorFormat errorFormat) {
  public FmtOptions {
    files = List.copyOf(files);
  }
}
