package org.truce.cli.run;

import java.util.Optional;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Inputs;
import org.truce.cli.internal.Outputs;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.model.json.AgreementJson;
import org.truce.source.LoadedSource;

/**
 * {@code truce export}: validates the agreement and writes it in an exchange format. An agreement
 * with errors is not exported (exit 2): the JSON form only holds valid models.
 */
public final class ExportRunner {
  private ExportRunner() {}

  public static int run(ExportOptions options, Io io) {
    if (options.format() == ExportFormat.PROMELA) {
      io.err()
          .println(
              "truce export: `--format promela` is not available yet; it comes with the checker."
                  + " Use `--format json`.");
      return ExitCode.BAD_INPUT;
    }
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    Optional<Agreement> agreement = load(options.file(), io, sink);
    boolean ok =
        agreement.isPresent()
            && Outputs.emit(options.output(), AgreementJson.write(agreement.get()), io.out(), sink);
    sink.finish();
    return ok ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  /**
   * Reads and validates an agreement, reporting every diagnostic (warnings too); empty when it
   * cannot be read or has errors.
   */
  static Optional<Agreement> load(String file, Io io, DiagnosticSink sink) {
    LoadedSource loaded = Inputs.load(file, io.in());
    if (!loaded.ok()) {
      sink.report(loaded.source(), loaded.problem().orElseThrow());
      return Optional.empty();
    }
    ModelResult result = ModelBuilder.load(loaded.source());
    sink.report(loaded.source(), result.diagnostics());
    if (result.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        result.agreement().orElseThrow(() -> new IllegalStateException("no model, no error")));
  }
}
