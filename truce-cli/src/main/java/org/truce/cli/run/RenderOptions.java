package org.truce.cli.run;

import java.util.Optional;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce render}.
 *
 * @param file the agreement as typed ({@code -} is standard input)
 * @param format Markdown or HTML
 * @param output the file to write atomically; standard output when empty
 * @param errorFormat how diagnostics are printed on standard error
 * @param baseline the baseline whose accepted findings the annex lists: {@code FILE.baseline}
 *     beside the agreement when it exists, or the one named, or none
 */
public record RenderOptions(
    String file,
    RenderFormat format,
    Optional<String> output,
    ErrorFormat errorFormat,
    BaselineOptions baseline) {
  /** With the baseline beside the agreement, when there is one. */
  public RenderOptions(
      String file, RenderFormat format, Optional<String> output, ErrorFormat errorFormat) {
    this(file, format, output, errorFormat, BaselineOptions.beside());
  }
}
