package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import java.util.List;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.ModelResult;
import org.truce.model.SourceMap;
import org.truce.source.Diagnostic;
import org.truce.source.SourceText;

/**
 * Reads the JSON form in two passes: the envelope ({@link EnvelopeCheck}), then the agreement,
 * bound by Jackson. Every problem becomes a diagnostic against the JSON text; the result's source
 * map holds that text (and no spans: a model read from JSON has no .truce positions).
 */
public final class JsonImport {
  private JsonImport() {}

  public static ModelResult read(String json, String sourceName) {
    SourceText source = new SourceText(sourceName, json);
    Optional<Diagnostic> envelopeProblem = EnvelopeCheck.check(source);
    if (envelopeProblem.isPresent()) {
      return failed(source, envelopeProblem.get());
    }
    Agreement agreement;
    try {
      agreement = Mappers.envelopeReader().<Envelope>readValue(json).agreement();
    } catch (JacksonException e) {
      return failed(source, JacksonProblems.translate(e, source));
    }
    return new ModelResult(Optional.of(agreement), Optional.of(SourceMap.empty(source)), List.of());
  }

  private static ModelResult failed(SourceText source, Diagnostic problem) {
    return new ModelResult(
        Optional.empty(), Optional.of(SourceMap.empty(source)), List.of(problem));
  }
}
