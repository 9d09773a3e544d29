package org.truce.cli.run;

import java.util.Optional;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.Agreements;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Outputs;
import org.truce.render.AgreementRenderer;

/** {@code truce render}: the agreement as a Markdown or HTML document (docs/render.md). */
public final class RenderRunner {
  private RenderRunner() {}

  public static int run(RenderOptions options, Io io) {
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    Optional<Agreements.Loaded> loaded = Agreements.load(options.file(), io.in(), sink);
    boolean ok =
        loaded.isPresent()
            && Outputs.emit(
                options.output(), render(loaded.get(), options.format()), io.out(), sink);
    sink.finish();
    return ok ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  static String render(Agreements.Loaded loaded, RenderFormat format) {
    AgreementRenderer.Format rendererFormat =
        switch (format) {
          case MD -> AgreementRenderer.Format.MARKDOWN;
          case HTML -> AgreementRenderer.Format.HTML;
        };
    return AgreementRenderer.render(loaded.agreement(), loaded.sourceMap(), rendererFormat);
  }
}
