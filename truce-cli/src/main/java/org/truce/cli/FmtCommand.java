package org.truce.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.truce.cli.run.FmtOptions;
import org.truce.cli.run.FmtRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truce fmt [--check] FILE...}. */
@Command(
    name = "fmt",
    header = "Rewrite agreements in the canonical layout.",
    sortOptions = false,
    description = {
      "Rewrite agreements in the one canonical layout, keeping their comments. Files are"
          + " replaced atomically and only when they change; a file with a syntax error is left"
          + " as it is.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce fmt draft.truce",
      "  truce fmt --check *.truce             list the files that would change (for CI)",
      "  truce fmt - < draft.truce             format standard input to standard output"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (with --check: every file is formatted)",
      "1:with --check: some files would change",
      "2:a file cannot be read or has a syntax error, or bad usage",
      "3:internal error"
    })
public final class FmtCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  @Option(
      names = "--check",
      description = "Write nothing; print the files that would change and exit 1 if there are any.")
  boolean check;

  @Mixin ErrorFormatOption errorFormat;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The .truce files to format; `-` reads standard input, writes standard output.")
  List<String> files;

  public FmtCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return FmtRunner.run(new FmtOptions(files, check, errorFormat.get()), io);
  }
}
