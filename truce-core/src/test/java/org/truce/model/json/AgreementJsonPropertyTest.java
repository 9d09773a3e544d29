package org.truce.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.truce.model.ModelResult;
import org.truce.testing.AgreementGenerator;

/**
 * For generated valid agreements: read(write(m)) equals m, writing what was read gives the same
 * text, and the JSON validates against docs/agreement.schema.json. The read goes through all three
 * passes, the check of meaning included.
 */
class AgreementJsonPropertyTest {
  private static final int EXAMPLES = 200;

  @Test
  void writeThenReadGivesBackTheAgreementAndTheSameText() {
    qt().withExamples(EXAMPLES)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              String json = AgreementJson.write(agreement);
              ModelResult read = AgreementJson.read(json, "generated.json");
              assertThat(read.diagnostics()).as(json).noneMatch(d -> d.isError());
              assertThat(read.agreement()).as(json).contains(agreement);
              assertThat(AgreementJson.write(read.agreement().orElseThrow())).isEqualTo(json);
            });
  }

  @Test
  void writtenJsonValidatesAgainstTheSchema() {
    qt().withExamples(EXAMPLES)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              String json = AgreementJson.write(agreement);
              assertThat(Schema.problems(json)).as(json).isEmpty();
            });
  }
}
