package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;

/**
 * Coverage-guided fuzzing of the whole front end (decoding, lexing, parsing, validation and the
 * rendering of diagnostics): whatever the bytes, only diagnostics come out, never an exception, and
 * every diagnostic points inside the text. Under a normal test run Jazzer replays the seeds: the
 * agreement seeds of {@link org.truce.fuzz.FuzzSeeds}, which cover every construct, and the tricky
 * fragments in ParserFuzzTestInputs/; with {@code JAZZER_FUZZ=1} it explores new inputs
 * (bench/fuzz.sh, docs/fuzzing.md).
 */
class ParserFuzzTest {
  @MethodSource("org.truce.fuzz.FuzzSeeds#agreementArguments")
  @DictionaryFile(resourcePath = "/fuzz/truce.dict")
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
  @MethodSource("org.truce.fuzz.FuzzSeeds#agreementArguments")
  @DictionaryFile(resourcePath = "/fuzz/truce.dict")
  @FuzzTest(maxDuration = "60s")
  void textNeverThrows(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    ParseResult parsed = Parser.parse(new org.truce.source.SourceText("fuzz.truce", text));
    for (Diagnostic d : parsed.diagnostics()) {
      assertThat(d.span().end()).isLessThanOrEqualTo(text.length());
    }
  }
}
