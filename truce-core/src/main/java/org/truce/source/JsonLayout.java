package org.truce.source;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The one layout of every JSON document truce writes (interchange form, timelines, command output):
 * two spaces per level, {@code "name": value}, empty lists and objects as {@code []} and {@code
 * {}}, and {@code \n} line breaks on every platform, so that output is byte-for-byte the same
 * everywhere and diffs well.
 */
public final class JsonLayout {
  private JsonLayout() {}

  /** A new printer each time: Jackson's pretty printers keep state while writing. */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
