package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.truce.testing.Repository.root;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.truce.source.DiagnosticCode;
import org.truce.source.Severity;
import org.truce.testing.Golden;

/**
 * The catalog is complete and consistent: every code is documented in docs/diagnostics.md, shown by
 * a golden file, unique, and renders its templates.
 */
class DiagnosticCatalogTest {
  /**
   * File-system cases that a golden file cannot show (a missing file, a directory, an unreadable,
   * oversized or unwritable one, a device, an endless or silent pipe); they are tested with the
   * file readers and the CLI (SpecialFilesIT). And the ledger's database (damaged, empty, its lock
   * held: E734 to E737), tested against real SQLite files and a real PostgreSQL in truce-cli
   * ({@code DamagedLedgerTest}, {@code LedgerLockWaitTest}). And the misuses of the baseline
   * options of {@code truce check} (E620 to E623, and E772 with --verdicts), tested in truce-cli
   * ({@code CheckBaselineTest}, {@code CheckVerdictsTest}).
   */
  private static final Set<String> NO_GOLDEN =
      Set.of(
          "E001", "E002", "E003", "E006", "E008", "E009", "E010", "E011", "E012", "E734", "E735",
          "E736", "E737", "E620", "E621", "E622", "E623", "E772");

  private static final Pattern SPECIFIER = Pattern.compile("%(?:(\\d+)\\$)?([a-zA-Z%])");

  @Test
  void everyCodeHasASectionInTheDocs() throws IOException {
    String docs = Files.readString(root().resolve("docs/diagnostics.md"), StandardCharsets.UTF_8);
    List<String> missing =
        Arrays.stream(DiagnosticCode.values())
            .map(DiagnosticCode::id)
            .filter(id -> !docs.contains("<a id=\"" + id + "\"></a>\n## " + id + ": "))
            .toList();
    assertThat(missing).as("codes without a section in docs/diagnostics.md").isEmpty();
  }

  /**
   * A retired code is never given to another message, keeps its section under "Retired codes" (so
   * that old links still land), and no golden file shows it any more.
   */
  @Test
  void retiredCodesStayRetired() throws IOException {
    String docs = Files.readString(root().resolve("docs/diagnostics.md"), StandardCharsets.UTF_8);
    String retired = docs.substring(docs.indexOf("\n## Retired codes\n"));
    assertThat(docs).contains("\n## Retired codes\n");
    for (String id : DiagnosticCode.RETIRED) {
      assertThat(Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id))
          .as("a retired code given to a message")
          .doesNotContain(id);
      assertThat(retired).contains("<a id=\"" + id + "\"></a>\n### " + id + ": ");
      assertThat(docs.indexOf("<a id=\"" + id + "\">"))
          .as("%s has one section, under Retired codes", id)
          .isEqualTo(docs.lastIndexOf("<a id=\"" + id + "\">"));
    }
    try (Stream<Path> files = Files.walk(Golden.resources())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".err")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (String id : DiagnosticCode.RETIRED) {
          assertThat(text).as("%s shows retired %s", file, id).doesNotContain("[" + id + "]");
        }
      }
    }
  }

  @Test
  void everyCodeHasAGoldenFile() throws IOException {
    // .truce diagnostics under diagnostics/, JSON import diagnostics under json/, and any others
    List<String> goldens = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Golden.resources())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".err")).toList()) {
        goldens.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    List<String> missing =
        Arrays.stream(DiagnosticCode.values())
            .map(DiagnosticCode::id)
            .filter(id -> !NO_GOLDEN.contains(id))
            .filter(id -> goldens.stream().noneMatch(text -> text.contains("[" + id + "]")))
            .toList();
    assertThat(missing).as("codes that no golden .err file shows").isEmpty();
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    List<String> ids = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> id.matches("[EW]\\d{3}"));
    for (DiagnosticCode code : DiagnosticCode.values()) {
      Severity expected = code.id().startsWith("W") ? Severity.WARNING : Severity.ERROR;
      assertThat(code.severity()).as(code.id()).isEqualTo(expected);
    }
  }

  @Test
  void everyTemplateRendersWithoutFormatErrors() {
    for (DiagnosticCode code : DiagnosticCode.values()) {
      Object[] args = sampleArguments(code);
      assertThatCode(() -> code.message(args)).as(code.id()).doesNotThrowAnyException();
      assertThatCode(() -> code.hint(args)).as(code.id()).doesNotThrowAnyException();
      String message = code.message(args);
      assertThat(message).as(code.id()).isNotBlank().doesNotContain("%").doesNotEndWith(".");
      assertThat(Character.isUpperCase(message.charAt(0)))
          .as("%s starts in lower case: %s", code.id(), message)
          .isFalse();
      code.hint(args).ifPresent(hint -> assertThat(hint).as(code.id()).doesNotContain("%"));
    }
  }

  @Test
  void theSampleArgumentsFollowTheSpecifiers() {
    assertThat(sampleArguments(DiagnosticCode.NOT_POSITIVE)).containsExactly("x", 7L);
    assertThat(sampleArguments(DiagnosticCode.DUPLICATE_NAME)).containsExactly("x", 7L);
  }

  /**
   * One argument per position used in the message or hint: a number where a template formats it
   * with {@code %d}, a word otherwise.
   */
  static Object[] sampleArguments(DiagnosticCode code) {
    List<Character> kinds = new ArrayList<>();
    for (String template : List.of(code.messageTemplate(), code.hintTemplate().orElse(""))) {
      Matcher m = SPECIFIER.matcher(template);
      int implicit = 0;
      while (m.find()) {
        char conversion = m.group(2).charAt(0);
        if (conversion == '%' || conversion == 'n') {
          continue;
        }
        int index = m.group(1) != null ? Integer.parseInt(m.group(1)) - 1 : implicit++;
        while (kinds.size() <= index) {
          kinds.add('s');
        }
        if (conversion == 'd') {
          kinds.set(index, 'd');
        }
      }
    }
    return kinds.stream().map(kind -> kind == 'd' ? (Object) 7L : "x").toArray();
  }
}
