package org.truce.cli.run;

import java.util.Optional;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.Agreements;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Outputs;
import org.truce.model.json.AgreementJson;

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
    Optional<Agreements.Loaded> loaded = Agreements.load(options.file(), io.in(), sink);
    boolean ok =
        loaded.isPresent()
            && Outputs.emit(
                options.output(), AgreementJson.write(loaded.get().agreement()), io.out(), sink);
    sink.finish();
    return ok ? ExitCode.OK : ExitCode.BAD_INPUT;
  }
}
