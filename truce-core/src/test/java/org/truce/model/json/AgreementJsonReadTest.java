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
import org.truce.model.ModelResult;

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
  void theSourceMapHoldsTheJsonTextAndNoSpans() {
    String json = AgreementJson.write(Samples.pause2023());

    ModelResult result = AgreementJson.read(json, "pause.json");

    var map = result.sourceMap().orElseThrow();
    assertThat(map.source().name()).isEqualTo("pause.json");
    assertThat(map.source().text()).isEqualTo(json);
    assertThat(map.spanOf(result.agreement().orElseThrow())).isEmpty();
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
    assertThat(result.diagnostics())
        .singleElement()
        .extracting(d -> d.code().id())
        .isEqualTo("E601");
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
