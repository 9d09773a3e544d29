package org.truce.cli.run;

import java.nio.file.Path;
import java.util.Optional;
import org.truce.check.CheckOptions;
import org.truce.check.PromelaExport;
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
    boolean promela = options.format() == ExportFormat.PROMELA;
    if (!promela && (options.adversary().isPresent() || options.exactAmounts())) {
      io.err()
          .println(
              "truce export: `--adversary` and `--exact-amounts` apply to `--format promela`"
                  + " only");
      return ExitCode.BAD_INPUT;
    }
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    Optional<Agreements.Loaded> loaded = Agreements.load(options.file(), io.in(), sink);
    Optional<String> text =
        loaded.flatMap(
            l ->
                promela
                    ? promela(l, options, io)
                    : Optional.of(AgreementJson.write(l.agreement())));
    boolean ok = text.isPresent() && Outputs.emit(options.output(), text.get(), io.out(), sink);
    sink.finish();
    return ok ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  /** The Promela model, or empty after saying why it cannot be written. */
  private static Optional<String> promela(Agreements.Loaded loaded, ExportOptions options, Io io) {
    CheckOptions check = CheckOptions.defaults().withExactAmounts(options.exactAmounts());
    if (options.adversary().isPresent()) {
      check = check.withAdversary(options.adversary().get());
    }
    Optional<String> problem = CheckRunner.optionProblem(loaded.agreement(), check);
    if (problem.isPresent()) {
      io.err().println("truce export: " + problem.get());
      return Optional.empty();
    }
    String source =
        options.file().equals("-") ? "<stdin>" : Path.of(options.file()).getFileName().toString();
    try {
      return Optional.of(PromelaExport.of(loaded.agreement(), check, source).text());
    } catch (PromelaExport.TooLarge e) {
      io.err()
          .println(
              "truce export: "
                  + source
                  + " cannot be written in Promela: "
                  + e.getMessage()
                  + ", beyond Promela's 32-bit integers. `truce check` handles it.");
      return Optional.empty();
    }
  }
}
