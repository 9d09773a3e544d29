package org.truce.cli;

import java.util.concurrent.Callable;
import org.truce.cli.run.BaselineOptions;
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
          + " one article per phase with numbered paragraphs, then the rights and assurances;"
          + " after the articles, an annex for analysts with the interests and `require`"
          + " properties, and one with the findings accepted in FILE.baseline when it exists"
          + " (docs/render.md).",
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

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "The baseline of accepted findings to list in an annex, instead of the one found beside"
              + " the agreement.")
  String baseline;

  @Option(names = "--no-baseline", description = "List no accepted findings.")
  boolean noBaseline;

  @Mixin AgreementFileParameter file;

  public RenderCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return RenderRunner.run(
        new RenderOptions(
            file.get(),
            format,
            output.get(),
            errorFormat.get(),
            new BaselineOptions(
                java.util.Optional.ofNullable(baseline),
                noBaseline,
                false,
                BaselineOptions.UNREVIEWED)),
        io);
  }
}
