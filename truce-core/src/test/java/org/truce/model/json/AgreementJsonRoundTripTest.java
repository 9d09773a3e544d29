package org.truce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.model.Agreement;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.ModelResult;
import org.truce.model.json.internal.Kinds;
import org.truce.vocabulary.CompareOp;

/** write then read gives an equal model; read then write gives the same text. */
class AgreementJsonRoundTripTest {
  static Stream<Agreement> samples() {
    return Stream.of(Samples.pause2023(), Samples.framework2024());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void writeThenReadGivesAnEqualModel(Agreement agreement) {
    ModelResult result = AgreementJson.read(AgreementJson.write(agreement), "sample.json");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.agreement()).contains(agreement);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readThenWriteGivesTheSameText(Agreement agreement) {
    String json = AgreementJson.write(agreement);

    Agreement read = AgreementJson.read(json, "sample.json").agreement().orElseThrow();

    assertThat(AgreementJson.write(read)).isEqualTo(json);
  }

  @Test
  void theFullSampleUsesEveryRecordAndEveryKind() {
    var used = ModelWalker.classesIn(Samples.framework2024());

    for (Kinds.Hierarchy hierarchy : Kinds.ALL) {
      assertThat(used).as(hierarchy.description()).containsAll(hierarchy.kinds().values());
    }
    assertThat(used).containsAll(ModelWalker.recordsReachableFrom(Agreement.class));
  }

  @Test
  void theFullSampleUsesEveryEnumConstant() {
    var used = ModelWalker.enumConstantsIn(Samples.framework2024());

    for (Class<?> type : ModelWalker.enumsReachableFrom(Agreement.class)) {
      assertThat(used).as(type.getSimpleName()).containsAll(List.of(type.getEnumConstants()));
    }
  }

  @Test
  void everyComparisonRoundTrips() {
    for (CompareOp op : CompareOp.values()) {
      Agreement agreement =
          withRequirement(new Condition.Compare(new Figure.Day(), op, new Figure.Literal(3)));

      assertThat(AgreementJson.read(AgreementJson.write(agreement), "op.json").agreement())
          .contains(agreement);
    }
  }

  private static Agreement withRequirement(Condition condition) {
    Agreement base = Samples.pause2023();
    return new Agreement(
        base.metadata(),
        base.actors(),
        base.holdings(),
        base.interests(),
        base.phases(),
        base.rights(),
        base.assurances(),
        List.of(
            new org.truce.model.Requirement(
                Samples.NONE,
                org.truce.vocabulary.RequirementKind.ALWAYS,
                condition,
                Optional.empty())),
        base.conclusion());
  }
}
