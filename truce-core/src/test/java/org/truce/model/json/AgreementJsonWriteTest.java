package org.truce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.testing.Golden;

class AgreementJsonWriteTest {
  @Test
  void writesTheDocumentedFormOfASmallAgreement() {
    Golden.assertMatches(
        Golden.resources().resolve("json/pause-2023.json"),
        AgreementJson.write(Samples.pause2023()));
  }

  @Test
  void readsBackAsTheCanonicalTruceText() {
    String json = AgreementJson.write(Samples.pause2023());

    var result = AgreementJson.read(json, "pause-2023.json");

    Golden.assertMatches(
        Golden.resources().resolve("json/pause-2023.truce"),
        result.sourceMap().orElseThrow().source().text());
  }

  @Test
  void isDeterministicWithTwoSpacesAndAFinalLineBreak() {
    String json = AgreementJson.write(Samples.framework2024());

    assertThat(AgreementJson.write(Samples.framework2024())).isEqualTo(json);
    assertThat(json).startsWith("{\n  \"truce\": \"agreement\",\n  \"formatVersion\": 1,\n");
    assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
  }
}
