package org.truce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.json.internal.EnumWords;
import org.truce.model.json.internal.Kinds;
import org.truce.source.DiagnosticCode;
import org.truce.testing.Golden;

/** docs/json.md shows what the code does: its example is the golden output, nothing is left out. */
class JsonDocsTest {
  private static String docs;

  @BeforeAll
  static void readDocs() throws IOException {
    docs =
        Golden.normalize(
            Files.readString(
                Schema.repositoryRoot().resolve("docs/json.md"), StandardCharsets.UTF_8));
  }

  @Test
  void theCompleteExampleIsWhatExportAndImportProduce() throws IOException {
    assertThat(block("json")).isEqualTo(golden("json/pause-2023.json"));
    assertThat(block("truce")).isEqualTo(golden("json/pause-2023.truce"));
  }

  @Test
  void everyKindIsDocumented() {
    for (Kinds.Hierarchy hierarchy : Kinds.ALL) {
      for (String kind : hierarchy.names()) {
        assertThat(docs).as(hierarchy.description()).contains("| `" + kind + "` |");
      }
    }
  }

  @Test
  void everyWordIsDocumented() {
    for (Class<?> type : ModelWalker.enumsReachableFrom(Agreement.class)) {
      for (String word : EnumWords.all(type)) {
        assertThat(docs).as(type.getSimpleName()).contains("`" + word + "`");
      }
    }
  }

  @Test
  void everyJsonDiagnosticIsDocumented() {
    List<String> codes = new ArrayList<>();
    for (DiagnosticCode code : DiagnosticCode.values()) {
      // E601 to E619 are the JSON import's; E620 and up are the command line's (docs/cli.md).
      if (code.id().matches("E6[01][0-9]")) {
        codes.add(code.id());
      }
    }
    assertThat(codes).isNotEmpty().allSatisfy(id -> assertThat(docs).contains("(" + id + ")"));
  }

  /** The first fenced block of the language. */
  private static String block(String language) {
    Matcher m =
        Pattern.compile("^```" + language + "\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL)
            .matcher(docs);
    assertThat(m.find()).as("a ```" + language + " block in docs/json.md").isTrue();
    return m.group(1);
  }

  private static String golden(String name) throws IOException {
    return Golden.normalize(
        Files.readString(Golden.resources().resolve(name), StandardCharsets.UTF_8));
  }
}
