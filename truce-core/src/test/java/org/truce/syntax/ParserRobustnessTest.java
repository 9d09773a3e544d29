package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.truce.source.Diagnostic;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.source.Span;
import org.truce.syntax.internal.Reporter;

/**
 * The parser never throws, and whatever it returns points into the text: random text, random bytes,
 * random token soups and random mutations of a valid agreement.
 */
class ParserRobustnessTest {
  private static String valid;

  @BeforeAll
  static void load() throws Exception {
    valid = Files.readString(Path.of("src/test/resources/syntax/framework-2024.truce"));
  }

  /** Parses and checks the invariants every result must satisfy. */
  static ParseResult check(String text) {
    SourceText source = new SourceText("fuzz.truce", text);
    ParseResult result = Parser.parse(source);
    assertThat(result.diagnostics()).hasSizeLessThanOrEqualTo(Reporter.MAX_ERRORS + 1);
    for (Diagnostic d : result.diagnostics()) {
      assertWithin(d.span(), text);
      assertThat(d.message()).doesNotContain("org.truce", "null", "Exception");
    }
    for (Comment c : result.comments()) {
      assertWithin(c.span(), text);
      assertThat(text.charAt(c.span().offset())).isEqualTo('#');
    }
    result
        .tree()
        .ifPresent(
            tree ->
                SyntaxTrees.walk(
                    tree,
                    (node, parent) -> {
                      if (!(node instanceof Span)) {
                        assertWithin(SyntaxTrees.span(node), text);
                      }
                    }));
    if (result.tree().isEmpty()) {
      assertThat(result.hasErrors()).as("no tree without an error").isTrue();
    }
    return result;
  }

  private static void assertWithin(Span span, String text) {
    // Plain check, not AssertJ: it runs for every node of thousands of trees.
    if (span.end() > text.length()) {
      throw new AssertionError(span + " ends after the text (" + text.length() + " chars)");
    }
  }

  @Test
  void randomPrintableText() {
    qt().withExamples(2000)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 300))
        .checkAssert(ParserRobustnessTest::check);
  }

  @Test
  void randomUnicodeText() {
    qt().withExamples(1000)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(ParserRobustnessTest::check);
  }

  @Test
  void randomBytesDecodedAsTheCliWould() {
    qt().withExamples(1000)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300))
        .checkAssert(
            ints -> {
              byte[] bytes = new byte[ints.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (int) ints.get(i);
              }
              LoadedSource loaded = Sources.decode(bytes, "fuzz.truce");
              if (loaded.ok()) {
                check(loaded.source().text());
              }
            });
  }

  private static final List<String> PIECES =
      List.of(
          "agreement \"T\"\n",
          "party",
          "mediator",
          "held",
          "by",
          "{",
          "}",
          "[",
          "]",
          "(",
          ")",
          ",",
          ";",
          ":",
          ".",
          "<",
          "<=",
          "!=",
          "=",
          "phase",
          "lasts",
          "3",
          "days",
          "begins",
          "when",
          "not",
          "and",
          "or",
          "hostilities",
          "paused",
          "talks",
          "on",
          "releases",
          "all",
          "remaining",
          "per",
          "released",
          "hamas",
          "x.y",
          "\"text\"",
          "\"open",
          "2024-05-31",
          "2024-13-01",
          "07:00",
          "99:99",
          "12345678901",
          "\n",
          " ",
          "#c\n",
          "may",
          "resume",
          "ensure",
          "require",
          "always",
          "within",
          "extends",
          "up",
          "to",
          "while",
          "every",
          "@");

  @Test
  void tokenSoup() {
    Gen<String> soup =
        lists()
            .of(integers().between(0, PIECES.size() - 1))
            .ofSizeBetween(0, 120)
            .map(
                indexes -> {
                  StringBuilder b = new StringBuilder();
                  for (int i : indexes) {
                    b.append(PIECES.get(i)).append(' ');
                  }
                  return b.toString();
                });
    qt().withExamples(3000).forAll(soup).checkAssert(ParserRobustnessTest::check);
  }

  @Test
  void mutationsOfAValidAgreement() {
    int n = valid.length();
    qt().withExamples(2000)
        .forAll(
            integers().between(0, n),
            integers().between(0, 40),
            integers().between(0, 3),
            integers().between(0, PIECES.size() - 1))
        .checkAssert(
            (at, width, kind, piece) -> {
              int end = Math.min(n, at + width);
              String mutated =
                  switch (kind) {
                    case 0 -> valid.substring(0, at) + valid.substring(end); // delete
                    case 1 -> valid.substring(0, end) + valid.substring(at); // duplicate
                    case 2 -> valid.substring(0, at) + PIECES.get(piece) + valid.substring(at);
                    default -> valid.substring(at, end); // a slice
                  };
              check(mutated);
            });
  }

  @Test
  void everyPrefixOfAValidAgreement() {
    for (int i = 0; i <= valid.length(); i++) {
      check(valid.substring(0, i));
    }
  }
}
