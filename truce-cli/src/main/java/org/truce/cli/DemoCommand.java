package org.truce.cli;

import java.util.concurrent.Callable;
import org.truce.cli.run.DemoRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code truce demo}. */
@Command(
    name = "demo",
    header = "Show what truce does, on the bundled examples.",
    description = {
      "Show what truce does, on the agreements bundled with it (the files of examples/): the"
          + " check of each, a text with mistakes, the beginning of a rendered document, and the"
          + " timelines of the November 2023 pause and the May 2024 proposal. Needs no files.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {"  truce demo", "  truce demo | less"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:bad usage", "3:internal error"})
public final class DemoCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  public DemoCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return DemoRunner.run(io);
  }
}
