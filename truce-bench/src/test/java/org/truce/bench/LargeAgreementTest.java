package org.truce.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.model.SubQuota;
import org.truce.source.SourceText;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.ScopeKind;

/**
 * The generated agreement of the parse and validate benchmark is valid and uses every construct of
 * the language: every kind of clause, schedule, extension trigger, condition and figure the model
 * has, and every requirement kind, right and assurance scope. A construct added to the model
 * without a shape in {@link LargeAgreement} fails here, so the benchmark keeps measuring all of the
 * language (issue 17, "Performance").
 */
class LargeAgreementTest {
  private static final Agreement AGREEMENT = load(LargeAgreement.text(10_000));

  @Test
  void generatesTenThousandClausesThatValidate() {
    long clauses = AGREEMENT.phases().stream().mapToLong(phase -> phase.clauses().size()).sum();
    assertTrue(clauses >= 9_900, "clauses in phases: " + clauses);
  }

  @Test
  void usesEveryKindOfClauseScheduleConditionAndFigure() {
    Set<Object> used = new HashSet<>();
    walk(AGREEMENT, used);
    Set<String> missing = new TreeSet<>();
    for (Class<?> sealed :
        new Class<?>[] {
          PhaseClause.class,
          Schedule.class,
          PhaseClause.Extension.Trigger.class,
          Condition.class,
          Figure.class
        }) {
      for (Class<?> kind : sealed.getPermittedSubclasses()) {
        if (!used.contains(kind)) {
          missing.add(kind.getName());
        }
      }
    }
    for (Enum<?> constant :
        Stream.of(RequirementKind.values(), RightAction.values(), ScopeKind.values())
            .flatMap(Stream::of)
            .toList()) {
      if (!used.contains(constant)) {
        missing.add(constant.getDeclaringClass().getSimpleName() + "." + constant);
      }
    }
    if (!used.contains(SubQuota.class)) {
      missing.add(SubQuota.class.getName());
    }
    assertTrue(AGREEMENT.lapse().isPresent() && AGREEMENT.conclusion().isPresent());
    assertTrue(AGREEMENT.metadata().zone().isPresent(), "the agreement's time zone");
    assertTrue(
        AGREEMENT.holdings().stream()
            .flatMap(h -> h.entries().stream())
            .anyMatch(e -> !e.either().isEmpty()),
        "a line whose status is unknown at signing");
    assertEquals(Set.of(), missing, "constructs the benchmark agreement does not use");
  }

  private static Agreement load(String text) {
    ModelResult result = ModelBuilder.load(new SourceText("large.truce", text));
    assertEquals(
        "", result.hasErrors() ? result.diagnostics().getFirst().message() : "", "first error");
    return result.agreement().orElseThrow();
  }

  /** Collects the class of every record and every enum constant reachable from {@code value}. */
  private static void walk(Object value, Set<Object> used) {
    switch (value) {
      case null -> {}
      case Optional<?> optional -> optional.ifPresent(inner -> walk(inner, used));
      case Collection<?> collection -> collection.forEach(inner -> walk(inner, used));
      case Enum<?> constant -> used.add(constant);
      case Record record -> {
        used.add(record.getClass());
        for (RecordComponent component : record.getClass().getRecordComponents()) {
          walk(read(component, record), used);
        }
      }
      default -> {}
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
