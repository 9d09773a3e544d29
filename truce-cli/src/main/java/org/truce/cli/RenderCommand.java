package org.truce.cli;

import java.util.concurrent.Callable;
import org.truce.cli.run.RenderFormat;
import org.truce.cli.run.RenderOptions;
import org.truce.cli.run.RenderRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code truce render FILE [--format md|html] [-o OUT]}. */
@Command(
    name = "render",
    header = "Render an agreement as a Markdown or HTML document.",
    sortOptions = false,
    description = {
      "Render an agreement as a document to circulate: a title block, the parties, the holdings,"
          + " one article per phase with numbered paragraphs, then the rights, interests and"
          + " requirements (docs/render.md).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce render examples/november-2023.truce",
      "  truce render examples/november-2023.truce --format html -o pause.html"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:rendered",
      "2:the agreement has errors or cannot be read, the output cannot be written, or bad usage",
      "3:internal error"
    })
public final class RenderCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  @Option(
      names = "--format",
      paramLabel = "md|html",
      defaultValue = "md",
      description = "Markdown (`md`, default) or one self-contained HTML page (`html`).")
  RenderFormat format = RenderFormat.MD;

  @Mixin OutputOption output;

  @Mixin ErrorFormatOption errorFormat;

  @Mixin AgreementFileParameter file;

  public RenderCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return RenderRunner.run(
        new RenderOptions(file.get(), format, output.get(), errorFormat.get()), io);
  }
}
