package org.truce.cli.run;

import java.util.List;
import java.util.Optional;
import org.truce.check.baseline.Acceptance;
import org.truce.check.baseline.Baseline;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.Agreements;
import org.truce.cli.internal.Baselines;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Outputs;
import org.truce.render.AgreementRenderer;

/** {@code truce render}: the agreement as a Markdown or HTML document (docs/render.md). */
public final class RenderRunner {
  private RenderRunner() {}

  public static int run(RenderOptions options, Io io) {
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    Optional<Agreements.Loaded> loaded = Agreements.load(options.file(), io.in(), sink);
    boolean ok = loaded.isPresent();
    List<Acceptance> accepted = List.of();
    String baselineName = "";
    if (ok && !options.baseline().ignore()) {
      Baselines.Loaded baseline =
          Baselines.load(
              Baselines.path(options.file(), options.baseline().file()),
              options.baseline().file().isPresent(),
              loaded.get().agreement(),
              io.in());
      sink.report(baseline.source(), baseline.problems());
      ok = !baseline.hasErrors();
      accepted = baseline.baseline().map(Baseline::acceptances).orElse(List.of());
      baselineName = baseline.source().name();
    }
    ok =
        ok
            && Outputs.emit(
                options.output(),
                render(loaded.get(), options.format(), accepted, baselineName),
                io.out(),
                sink);
    sink.finish();
    return ok ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  static String render(Agreements.Loaded loaded, RenderFormat format) {
    return render(loaded, format, List.of(), "");
  }

  static String render(
      Agreements.Loaded loaded,
      RenderFormat format,
      List<Acceptance> accepted,
      String baselineName) {
    AgreementRenderer.Format rendererFormat =
        switch (format) {
          case MD -> AgreementRenderer.Format.MARKDOWN;
          case HTML -> AgreementRenderer.Format.HTML;
        };
    return AgreementRenderer.render(
        loaded.agreement(), loaded.sourceMap(), rendererFormat, accepted, baselineName);
  }
}
