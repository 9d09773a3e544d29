package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import java.util.List;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelPrinter;
import org.truce.model.ModelResult;
import org.truce.model.SourceMap;
import org.truce.source.Diagnostic;
import org.truce.source.SourceText;

/**
 * Reads the JSON form in three passes: the envelope ({@link EnvelopeCheck}); the agreement, bound
 * by Jackson, and the spelling of its names ({@link Spellings}); then its meaning, by the same
 * validation as a .truce file: the model is printed as canonical .truce text and loaded again.
 *
 * <p>Problems of the first two passes are diagnostics against the JSON text; problems of meaning
 * (an undeclared party, a release of more than is held...) are diagnostics against the printed
 * text, named {@code NAME (as .truce)}. Either way, the result's source map holds the text the
 * diagnostics refer to, so {@code result.sourceMap().get().source()} renders them.
 */
public final class JsonImport {
  private JsonImport() {}

  public static ModelResult read(String json, String sourceName) {
    SourceText source = new SourceText(sourceName, json);
    Optional<Diagnostic> envelopeProblem = EnvelopeCheck.check(source);
    if (envelopeProblem.isPresent()) {
      return failed(source, List.of(envelopeProblem.get()));
    }
    Agreement agreement;
    try {
      agreement = Mappers.envelopeReader().<Envelope>readValue(json).agreement();
    } catch (JacksonException e) {
      return failed(source, List.of(JacksonProblems.translate(e, source)));
    }
    List<Diagnostic> misspelt = Spellings.check(source);
    if (!misspelt.isEmpty()) {
      return failed(source, misspelt);
    }
    List<Diagnostic> misplaced = InstrumentRefs.check(source, agreement);
    if (!misplaced.isEmpty()) {
      return failed(source, misplaced);
    }
    return validate(InstrumentRefs.ordered(agreement), sourceName);
  }

  private static ModelResult validate(Agreement agreement, String sourceName) {
    SourceText printed = new SourceText(sourceName + " (as .truce)", ModelPrinter.print(agreement));
    ModelResult built = ModelBuilder.load(printed);
    if (built.hasErrors()) {
      return failed(printed, built.diagnostics());
    }
    if (!built.agreement().equals(Optional.of(agreement))) {
      // Printing then loading must give the model back (ModelPrinter's contract).
      throw new IllegalStateException(
          "the printed agreement loads as a different model:\n" + printed.text());
    }
    // The built model equals the one read, and its source map is keyed by its own elements.
    return new ModelResult(
        built.agreement(),
        Optional.of(built.sourceMap().orElseGet(() -> SourceMap.empty(printed))),
        built.diagnostics());
  }

  private static ModelResult failed(SourceText source, List<Diagnostic> problems) {
    return new ModelResult(Optional.empty(), Optional.of(SourceMap.empty(source)), problems);
  }
}
