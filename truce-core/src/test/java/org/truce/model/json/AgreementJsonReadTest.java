package org.truce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelPrinter;
import org.truce.model.ModelResult;
import org.truce.source.DiagnosticRenderer;

/** What the reader accepts beyond the exact text that {@code write} produces. */
class AgreementJsonReadTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void fieldOrderAndLayoutDoNotMatter() throws Exception {
    Agreement agreement = Samples.framework2024();
    JsonNode tree = PLAIN.readTree(AgreementJson.write(agreement));
    String reversedAndCompact = PLAIN.writeValueAsString(reverseFields(tree));

    ModelResult result = AgreementJson.read(reversedAndCompact, "reversed.json");

    assertThat(reversedAndCompact).doesNotContain("\n").contains("\"state\":\"paused\",\"kind\"");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.agreement()).contains(agreement);
  }

  @Test
  void theSourceMapIsOverTheAgreementPrintedAsTruce() {
    String json = AgreementJson.write(Samples.pause2023());

    ModelResult result = AgreementJson.read(json, "pause.json");

    var map = result.sourceMap().orElseThrow();
    Agreement agreement = result.agreement().orElseThrow();
    assertThat(map.source().name()).isEqualTo("pause.json (as .truce)");
    assertThat(map.source().text()).isEqualTo(ModelPrinter.print(agreement));
    assertThat(map.lineOf(agreement.phases().getFirst())).isPresent();
  }

  @Test
  void warningsOfMeaningComeBackWithTheModel() {
    Agreement base = Samples.pause2023();
    Agreement withoutInterests =
        new Agreement(
            base.metadata(),
            base.actors(),
            base.holdings(),
            List.of(),
            base.phases(),
            base.rights(),
            base.assurances(),
            base.requirements(),
            base.conclusion());

    ModelResult result = AgreementJson.read(AgreementJson.write(withoutInterests), "pause.json");

    assertThat(result.agreement()).contains(withoutInterests);
    assertThat(result.hasErrors()).isFalse();
    assertThat(
            DiagnosticRenderer.render(
                result.sourceMap().orElseThrow().source(), result.diagnostics()))
        .contains("pause.json (as .truce):")
        .contains("warning[W601]: party `israel` declares no interest")
        .contains("warning[W601]: party `hamas` declares no interest");
  }

  @Test
  void aStructurallyInvalidFileHasItsJsonTextInTheSourceMap() {
    ModelResult result = AgreementJson.read("[]", "list.json");

    assertThat(result.sourceMap().orElseThrow().source().text()).isEqualTo("[]");
    assertThat(result.sourceMap().orElseThrow().source().name()).isEqualTo("list.json");
  }

  @Test
  void aLeadingByteOrderMarkIsNotJson() {
    ModelResult result =
        AgreementJson.read("\uFEFF" + AgreementJson.write(Samples.pause2023()), "bom.json");

    // Sources.decode drops a BOM when reading a file; text handed over directly must be clean.
    assertThat(result.agreement()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .extracting(d -> d.code().id())
        .isEqualTo("E601");
  }

  @Test
  void deepNestingIsReportedNotThrown() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);

    ModelResult result = AgreementJson.read(deep, "deep.json");

    assertThat(result.agreement()).isEmpty();
    // At the bracket that goes one level past the limit (issue 16, item 8).
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code().id()).isEqualTo("E614");
              assertThat(d.span().offset()).isEqualTo(JsonLimits.MAX_DEPTH);
            });
  }

  private static JsonNode reverseFields(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
      Collections.reverse(fields);
      ObjectNode reversed = PLAIN.createObjectNode();
      fields.forEach(field -> reversed.set(field.getKey(), reverseFields(field.getValue())));
      return reversed;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = PLAIN.createArrayNode();
      array.forEach(element -> copy.add(reverseFields(element)));
      return copy;
    }
    return node;
  }
}
