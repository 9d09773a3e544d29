package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.truce.source.SourceText;
import org.truce.testing.Golden;

/**
 * Golden tests of {@code truce fmt}: each {@code format/NAME.truce} (messy input) formats to {@code
 * NAME.formatted}. On every golden, every syntax test file without errors and every example,
 * formatting is idempotent and keeps the tree: the formatted text parses to a tree that prints the
 * same without comments.
 */
class FormatterGoldenTest {
  private static final Path GOLDENS = Golden.resources().resolve("format");

  @TestFactory
  Stream<DynamicTest> formatsEachInputAsItsGolden() throws IOException {
    return truceFiles(GOLDENS).stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.getFileName().toString(),
                    () -> {
                      String name = input.getFileName().toString().replace(".truce", ".formatted");
                      Golden.assertMatches(input.resolveSibling(name), format(input));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> formattingIsIdempotentAndKeepsTheTree() throws IOException {
    List<Path> files =
        Stream.of(
                truceFiles(GOLDENS),
                truceFiles(Golden.resources().resolve("syntax")),
                truceFiles(Path.of("..", "examples")))
            .flatMap(List::stream)
            .filter(FormatterGoldenTest::parsesCleanly)
            .toList();
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.toString(),
                    () -> {
                      ParseResult original = parse(file.toString(), read(file));
                      String once = Formatter.format(original);
                      ParseResult reparsed = parse("formatted " + file, once);
                      assertThat(reparsed.diagnostics()).as(once).isEmpty();
                      assertThat(Formatter.format(reparsed)).isEqualTo(once);
                      assertThat(Formatter.format(reparsed.tree().orElseThrow()))
                          .isEqualTo(Formatter.format(original.tree().orElseThrow()));
                      assertThat(commentTexts(reparsed)).isEqualTo(commentTexts(original));
                    }));
  }

  private static List<String> commentTexts(ParseResult parsed) {
    return parsed.comments().stream().map(comment -> comment.text().strip()).toList();
  }

  private static String format(Path input) throws IOException {
    ParseResult parsed = parse(input.getFileName().toString(), read(input));
    assertThat(parsed.diagnostics()).isEmpty();
    return Formatter.format(parsed);
  }

  private static boolean parsesCleanly(Path file) {
    try {
      return !parse(file.toString(), read(file)).hasErrors();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ParseResult parse(String name, String text) {
    return Parser.parse(new SourceText(name, text));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<Path> truceFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".truce")).sorted().toList();
    }
  }
}
