package org.truce.cli.internal;

import java.io.InputStream;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.model.SourceMap;
import org.truce.source.LoadedSource;

/** Reads and validates the agreement a command works on, reporting every diagnostic. */
public final class Agreements {
  private Agreements() {}

  /** A valid agreement and where its parts came from. */
  public record Loaded(Agreement agreement, Optional<SourceMap> sourceMap) {}

  /**
   * Reads {@code file} ({@code -} for standard input) and builds its model; every diagnostic,
   * warnings too, goes to {@code sink}. Empty when the file cannot be read or has an error.
   */
  public static Optional<Loaded> load(String file, InputStream stdin, DiagnosticSink sink) {
    LoadedSource loaded = Inputs.load(file, stdin);
    if (!loaded.ok()) {
      sink.report(loaded.source(), loaded.problem().orElseThrow());
      return Optional.empty();
    }
    ModelResult result = ModelBuilder.load(loaded.source());
    sink.report(loaded.source(), result.diagnostics());
    if (result.hasErrors()) {
      return Optional.empty();
    }
    Agreement agreement =
        result.agreement().orElseThrow(() -> new IllegalStateException("no model, no error"));
    return Optional.of(new Loaded(agreement, result.sourceMap()));
  }
}
