package org.truce.check.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.truce.check.CheckOptions;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;
import org.truce.testing.Golden;
import org.truce.testing.Repository;

/**
 * Golden tests for the diagnostics of a baseline of accepted findings (HOUSE-STYLE 8): every {@code
 * x.baseline} under {@code src/test/resources/baseline} is read as the baseline of the 2024
 * framework proposal, set against it and, when it has no error, against its check; the rendered
 * diagnostics are compared with {@code x.err}. Files are named after the code they show.
 */
class BaselineGoldenTest {
  private static final Path DIR = Golden.resources().resolve("baseline");
  private static final Path AGREEMENT =
      Repository.root().resolve("examples/framework-2024-proposal.truce");

  @TestFactory
  Stream<DynamicTest> everyBaselineFile() throws IOException {
    ModelResult model = ModelBuilder.load(Sources.read(AGREEMENT, "proposal.truce").source());
    CheckReport report =
        Checker.check(model.agreement().orElseThrow(), model.sourceMap(), CheckOptions.defaults());
    List<Path> inputs;
    try (Stream<Path> files = Files.list(DIR)) {
      inputs = files.filter(p -> p.toString().endsWith(".baseline")).sorted().toList();
    }
    assertThat(inputs).isNotEmpty();
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.getFileName().toString(), () -> check(input, model, report)));
  }

  private static void check(Path input, ModelResult model, CheckReport report) {
    String fileName = input.getFileName().toString();
    LoadedSource loaded = Sources.read(input, "baseline/" + fileName);
    BaselineReader.Result read = BaselineReader.read(loaded.source());
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    diagnostics.addAll(read.baseline().validate(model.agreement().orElseThrow()));
    if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
      diagnostics.addAll(Judgement.of(report, read.baseline(), Optional.empty()).diagnostics());
    }
    diagnostics.sort(java.util.Comparator.comparingInt(d -> d.span().offset()));
    String rendered = DiagnosticRenderer.render(loaded.source(), diagnostics);
    String base = fileName.substring(0, fileName.length() - ".baseline".length());
    Golden.assertMatches(input.resolveSibling(base + ".err"), rendered);
    String code = fileName.substring(0, fileName.indexOf('-'));
    assertThat(rendered).as("%s shows its own code", fileName).contains("[" + code + "]");
  }
}
