package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.truce.model.Agreement;
import org.truce.model.Instrument;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;

/**
 * Checks the {@code instrument} of each {@code ref} (docs/json.md, "Conventions"): only a top-level
 * right or assurance can belong to an instrument (E651), and it must name one the agreement
 * declares (E650). The printed .truce text could not say either mistake (a clause is written inside
 * its instrument's braces), so they are reported here, at their place in the JSON. Runs over the
 * JSON text after binding succeeded, as {@link Spellings} does.
 */
final class InstrumentRefs {
  private InstrumentRefs() {}

  static List<Diagnostic> check(SourceText source, Agreement agreement) {
    Set<String> declared =
        agreement.instruments().stream().map(Instrument::name).collect(Collectors.toSet());
    List<Diagnostic> problems = new ArrayList<>();
    // The field names that led to each open container, from the envelope in; "" for list items.
    List<String> path = new ArrayList<>();
    String field = "";
    try (JsonParser p = Mappers.mapper().createParser(source.text())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME -> field = p.currentName();
          case START_OBJECT, START_ARRAY -> {
            path.add(field);
            field = "";
          }
          case END_OBJECT, END_ARRAY -> path.removeLast();
          case VALUE_STRING -> {
            if (field.equals("instrument") && path.getLast().equals("ref")) {
              int offset = JacksonProblems.offset(p.currentTokenLocation(), source);
              var span = JsonText.contentAt(source.text(), offset);
              if (!topLevelRightOrAssurance(path)) {
                problems.add(Diagnostic.of(DiagnosticCode.JSON_CLAUSE_IN_INSTRUMENT, span));
              } else if (!declared.contains(p.getText())) {
                problems.add(
                    Diagnostic.of(
                        DiagnosticCode.JSON_UNKNOWN_INSTRUMENT,
                        span,
                        p.getText(),
                        declared.isEmpty()
                            ? "it declares none: add it under `instruments`"
                            : "its instruments are "
                                + declared.stream()
                                    .sorted()
                                    .map(n -> "`" + n + "`")
                                    .collect(Collectors.joining(", "))));
              }
            }
            field = "";
          }
          default -> field = "";
        }
      }
    } catch (IOException e) {
      // The text was read successfully before; it is in memory.
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /**
   * The agreement with its rights and assurances in the order the model lists them: the agreement's
   * own first, then each instrument's in the order declared (as Lowering reads a .truce text), each
   * group in the order of the JSON. A JSON file may list them in any order.
   */
  static Agreement ordered(Agreement agreement) {
    return new Agreement(
            agreement.metadata(),
            agreement.actors(),
            agreement.holdings(),
            agreement.interests(),
            agreement.phases(),
            ordered(agreement, agreement.rights(), r -> r.ref().instrument()),
            ordered(agreement, agreement.assurances(), a -> a.ref().instrument()),
            agreement.requirements(),
            agreement.conclusion(),
            agreement.lapse())
        .withInstruments(agreement.instruments());
  }

  private static <T> List<T> ordered(
      Agreement agreement, List<T> clauses, Function<T, Optional<String>> instrument) {
    List<T> out = new ArrayList<>();
    clauses.stream().filter(c -> instrument.apply(c).isEmpty()).forEach(out::add);
    for (Instrument i : agreement.instruments()) {
      Optional<String> name = Optional.of(i.name());
      clauses.stream().filter(c -> instrument.apply(c).equals(name)).forEach(out::add);
    }
    return out;
  }

  /** {@code agreement.rights[i].ref} or {@code agreement.assurances[i].ref}. */
  private static boolean topLevelRightOrAssurance(List<String> path) {
    return path.size() == 5
        && path.get(1).equals("agreement")
        && (path.get(2).equals("rights") || path.get(2).equals("assurances"));
  }
}
