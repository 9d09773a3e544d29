package org.truce.cli.run;

import org.truce.check.CheckOptions;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce diff}.
 *
 * @param oldFile the earlier version as typed ({@code -} is standard input)
 * @param newFile the later version
 * @param json print the diff as JSON on standard output
 * @param errorFormat how diagnostics are printed on standard error
 * @param analysis how both texts are checked
 */
public record DiffOptions(
    String oldFile, String newFile, boolean json, ErrorFormat errorFormat, CheckOptions analysis) {}
