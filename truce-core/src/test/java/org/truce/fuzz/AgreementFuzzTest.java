package org.truce.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.Diagnostic;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.syntax.Formatter;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;
import org.truce.syntax.SyntaxTrees;

/**
 * Coverage-guided fuzzing of every command that reads an agreement, past the parser: validation,
 * {@code fmt} (idempotent, and the formatted text reads as the same tree and model), then on a
 * valid agreement {@code check} without and with an adversary, {@code diff}, {@code timeline},
 * {@code render} and {@code export} to JSON and Promela, on a small budget (docs/fuzzing.md).
 * Whatever the bytes, only diagnostics come out, never an exception. Seeds: {@link FuzzSeeds},
 * which cover every construct of the language; a normal test run replays them, {@code
 * JAZZER_FUZZ=1} explores (bench/fuzz.sh).
 */
class AgreementFuzzTest {
  @MethodSource("org.truce.fuzz.FuzzSeeds#agreementArguments")
  @DictionaryFile(resourcePath = "/fuzz/truce.dict")
  @FuzzTest(maxDuration = "60s")
  void everyCommandNeverThrows(byte[] bytes) {
    LoadedSource loaded = Sources.decode(bytes, "fuzz.truce");
    if (!loaded.ok()) {
      return;
    }
    SourceText source = loaded.source();
    ParseResult parsed = Parser.parse(source);
    ModelResult model = ModelBuilder.build(parsed);
    Commands.assertPlaced(source, model.diagnostics());
    if (!parsed.hasErrors() && parsed.tree().isPresent()) {
      formatted(parsed, model);
    }
    if (model.hasErrors() || model.agreement().isEmpty()) {
      return;
    }
    Commands.run(model.agreement().get(), model.sourceMap(), Arrays.hashCode(bytes));
  }

  /** {@code truce fmt}: the formatted text parses, formats to itself, and means the same. */
  private static void formatted(ParseResult parsed, ModelResult model) {
    String formatted = Formatter.format(parsed);
    ParseResult again = Parser.parse(new SourceText("formatted.truce", formatted));
    assertThat(again.diagnostics()).as(formatted).noneMatch(Diagnostic::isError);
    assertThat(Formatter.format(again)).as("formatting is idempotent").isEqualTo(formatted);
    assertThat(SyntaxTrees.stripSpans(again.tree()))
        .as(formatted)
        .isEqualTo(SyntaxTrees.stripSpans(parsed.tree()));
    ModelResult reloaded = ModelBuilder.build(again);
    assertThat(reloaded.hasErrors()).as(formatted).isEqualTo(model.hasErrors());
    assertThat(reloaded.agreement()).as(formatted).isEqualTo(model.agreement());
  }
}
