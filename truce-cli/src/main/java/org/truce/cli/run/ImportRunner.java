package org.truce.cli.run;

import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Inputs;
import org.truce.cli.internal.Outputs;
import org.truce.model.ModelPrinter;
import org.truce.model.ModelResult;
import org.truce.model.SourceMap;
import org.truce.model.json.AgreementJson;
import org.truce.source.LoadedSource;

/**
 * {@code truce import}: reads an agreement in the JSON interchange form and prints it as canonical
 * {@code .truce} text. Invalid JSON or an invalid agreement gives diagnostics (exit 2).
 */
public final class ImportRunner {
  private ImportRunner() {}

  public static int run(ImportOptions options, Io io) {
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    boolean ok = importFile(options, io, sink);
    sink.finish();
    return ok ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  private static boolean importFile(ImportOptions options, Io io, DiagnosticSink sink) {
    LoadedSource loaded = Inputs.load(options.file(), io.in());
    if (!loaded.ok()) {
      sink.report(loaded.source(), loaded.problem().orElseThrow());
      return false;
    }
    ModelResult result = AgreementJson.read(loaded.source().text(), loaded.source().name());
    // Problems of meaning are found in the .truce text the JSON prints as, and point into it;
    // the result's source map names the text its diagnostics belong to.
    sink.report(
        result.sourceMap().map(SourceMap::source).orElse(loaded.source()), result.diagnostics());
    if (result.hasErrors()) {
      return false;
    }
    String text =
        ModelPrinter.print(
            result.agreement().orElseThrow(() -> new IllegalStateException("no model, no error")));
    return Outputs.emit(options.output(), text, io.out(), sink);
  }
}
