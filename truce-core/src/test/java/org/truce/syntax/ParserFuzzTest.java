package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;

/**
 * Coverage-guided fuzzing of the whole front end (decoding, lexing, parsing, validation and the
 * rendering of diagnostics): whatever the bytes, only diagnostics come out, never an exception, and
 * every diagnostic points inside the text. Under a normal test run Jazzer replays the seed corpus
 * in ParserFuzzTestInputs/ (the bundled examples and tricky fragments); with {@code JAZZER_FUZZ=1}
 * it explores new inputs (CONTRIBUTING.md).
 */
class ParserFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void frontEndNeverThrows(byte[] bytes) {
    LoadedSource loaded = Sources.decode(bytes, "fuzz.truce");
    if (!loaded.ok()) {
      DiagnosticRenderer.render(loaded.source(), loaded.problem().stream().toList());
      return;
    }
    ModelResult result = ModelBuilder.load(loaded.source());
    int length = loaded.source().text().length();
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.span().end()).as("end of %s", d.code()).isLessThanOrEqualTo(length);
    }
    DiagnosticRenderer.render(loaded.source(), result.diagnostics());
    if (result.agreement().isPresent()) {
      assertThat(result.hasErrors()).isFalse();
    }
  }

  /** Same target on text that is valid UTF-8, so the fuzzer spends its time past the decoder. */
  @FuzzTest(maxDuration = "60s")
  void textNeverThrows(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    ParseResult parsed = Parser.parse(new org.truce.source.SourceText("fuzz.truce", text));
    for (Diagnostic d : parsed.diagnostics()) {
      assertThat(d.span().end()).isLessThanOrEqualTo(text.length());
    }
  }
}
