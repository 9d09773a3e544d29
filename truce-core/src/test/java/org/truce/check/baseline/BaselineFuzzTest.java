package org.truce.check.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.check.CheckOptions;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.fuzz.FuzzSeeds;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.testing.Golden;
import org.truce.testing.Repository;

/**
 * Coverage-guided fuzzing of the baseline reader: whatever the bytes, only diagnostics come out,
 * placed inside the text, never an exception; every acceptance read writes back as a line that
 * reads as the same acceptance; and the baseline is set against the 2024 proposal and its check.
 * Seeds: the baseline golden inputs.
 */
class BaselineFuzzTest {
  private static final Agreement AGREEMENT =
      ModelBuilder.load(
              Sources.read(Repository.root().resolve("examples/framework-2024-proposal.truce"))
                  .source())
          .agreement()
          .orElseThrow();
  private static final CheckReport REPORT =
      Checker.check(AGREEMENT, Optional.empty(), CheckOptions.defaults());

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "60s")
  void baselineNeverThrows(byte[] bytes) {
    LoadedSource loaded = Sources.decode(bytes, "fuzz.baseline");
    if (!loaded.ok()) {
      return;
    }
    BaselineReader.Result read = BaselineReader.read(loaded.source());
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    diagnostics.addAll(read.baseline().validate(AGREEMENT));
    diagnostics.addAll(Judgement.of(REPORT, read.baseline(), Optional.empty()).diagnostics());
    int length = loaded.source().text().length();
    for (Diagnostic d : diagnostics) {
      assertThat(d.span().offset()).as("start of %s", d.code()).isGreaterThanOrEqualTo(0);
      assertThat(d.span().end()).as("end of %s", d.code()).isLessThanOrEqualTo(length);
    }
    DiagnosticRenderer.render(loaded.source(), diagnostics);
    for (Acceptance a : read.baseline().acceptances()) {
      String line = BaselineWriter.line(a.analysis(), a.upTo(), a.adversary(), a.reason());
      BaselineReader.Result again = BaselineReader.read(new SourceText("again", line));
      assertThat(again.diagnostics()).as(line).isEmpty();
      Acceptance back = again.baseline().acceptances().get(0);
      assertThat(back.analysis()).as(line).isEqualTo(a.analysis());
      assertThat(back.upTo()).isEqualTo(a.upTo());
      assertThat(back.adversary()).isEqualTo(a.adversary());
      assertThat(back.reason()).isEqualTo(a.reason());
    }
  }

  static Stream<Arguments> seeds() {
    return FuzzSeeds.files(Golden.resources().resolve("baseline"), ".baseline").stream()
        .map(s -> Arguments.of((Object) s.bytes()));
  }
}
