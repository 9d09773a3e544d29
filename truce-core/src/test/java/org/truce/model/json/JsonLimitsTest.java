package org.truce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;

/**
 * The JSON depth limit lets through every agreement the language accepts: the deepest condition (64
 * levels of `not`, and a chain of 64 parts) is written and read back, and its JSON stays well
 * within {@link JsonLimits#MAX_DEPTH}. Texts past the limits are the golden files json/bad/
 * nested-too-deep and number-too-long, and journal-json/E750 and E751.
 */
class JsonLimitsTest {
  @Test
  void theDeepestAgreementTheLanguageAcceptsImports() throws IOException {
    String chain =
        IntStream.rangeClosed(1, 64)
            .mapToObj(i -> "released hostage.civilian by hamas >= " + i)
            .collect(Collectors.joining(" and "));
    String text =
        """
        agreement "Deep" version "2023-11-22"
        party israel "Israel"
        party hamas "Hamas"
        held by hamas { hostage.civilian 50 }
        held by israel { prisoner.civilian 150 }
        interest hamas: released prisoner.civilian by israel >= 150
        interest israel: %s
        phase one lasts 1 day, ends when %s(released hostage.civilian by hamas >= 1) {
          hostilities paused
          hamas releases 50 hostage.civilian by day 1
        }
        """
            .formatted(chain, "not ".repeat(63));
    ModelResult model = ModelBuilder.load(new SourceText("deep.truce", text));
    assertThat(model.diagnostics()).filteredOn(d -> d.isError()).isEmpty();

    String json = AgreementJson.write(model.agreement().orElseThrow());
    assertThat(depth(json)).isGreaterThan(64).isLessThan(JsonLimits.MAX_DEPTH / 2);
    ModelResult read = AgreementJson.read(json, "deep.json");
    assertThat(read.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
    assertThat(read.agreement()).isEqualTo(model.agreement());
  }

  private static int depth(String json) throws IOException {
    int depth = 0;
    int deepest = 0;
    try (JsonParser p = JsonLimits.factory().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          deepest = Math.max(deepest, ++depth);
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
    }
    return deepest;
  }
}
