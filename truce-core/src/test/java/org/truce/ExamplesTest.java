package org.truce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.Repository.root;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Formatter;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Item;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;

/**
 * The bundled examples (examples/*.truce) and the examples of the language reference
 * (docs/language.md) are part of the product: every example must load without errors, and every
 * reference example must parse. The two 2024 texts must share their clause ids so that a
 * clause-level diff can match them.
 */
final class ExamplesTest {
  /** A fenced block of the reference: {@code ```truce}, optionally followed by a marker word. */
  private static final Pattern FENCE =
      Pattern.compile("^```truce(?: +([a-z-]+))?\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);

  private static final String WRAP_HEADER = "agreement \"Reference example\"\n";

  @TestFactory
  Stream<DynamicTest> everyExampleLoadsWithoutErrors() throws IOException {
    List<Path> files = exampleFiles();
    assertThat(files).as("examples/*.truce").isNotEmpty();
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      ModelResult result = ModelBuilder.load(read(file));
                      List<Diagnostic> errors =
                          result.diagnostics().stream().filter(Diagnostic::isError).toList();
                      assertThat(errors)
                          .as("errors in %s:%n%s", file, render(file, result.diagnostics()))
                          .isEmpty();
                      assertThat(result.agreement()).as("model of %s", file).isPresent();
                      // Warnings are allowed; show them so that they are seen and reported.
                      result.diagnostics().stream()
                          .filter(d -> !d.isError())
                          .forEach(d -> System.out.println(file.getFileName() + ": " + line(d)));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleIsInCanonicalLayout() throws IOException {
    return exampleFiles().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      SourceText source = read(file);
                      ParseResult parsed = Parser.parse(source);
                      assertThat(parsed.hasErrors()).isFalse();
                      assertThat(Formatter.format(parsed))
                          .as(
                              "`truce fmt %s` changes the file; run it and commit the result",
                              root().relativize(file))
                          .isEqualTo(source.text());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyReferenceExampleParses() throws IOException {
    List<Block> blocks = referenceBlocks();
    assertThat(blocks).as("```truce blocks in docs/language.md").hasSizeGreaterThanOrEqualTo(15);
    return blocks.stream()
        .map(
            block ->
                DynamicTest.dynamicTest(
                    "docs/language.md line " + block.line(),
                    () -> {
                      SourceText source =
                          new SourceText("docs/language.md:" + block.line(), block.wrapped());
                      ParseResult parsed = Parser.parse(source);
                      assertThat(parsed.hasErrors())
                          .as(
                              "example at docs/language.md line %d:%n%s%n%s",
                              block.line(),
                              block.wrapped(),
                              renderAll(source, parsed.diagnostics()))
                          .isFalse();
                      assertThat(parsed.tree()).isPresent();
                    }));
  }

  @Test
  void counterproposalKeepsTheProposalsClauseIdsAndAddsOnlyTheAssurances() throws IOException {
    AgreementSyntax proposal = parse(root().resolve("examples/framework-2024-proposal.truce"));
    AgreementSyntax counter =
        parse(root().resolve("examples/framework-2024-counterproposal.truce"));
    Map<String, String> proposalTags = tags(proposal.items());
    Map<String, String> counterTags = tags(counter.items());

    assertThat(counterTags).containsAllEntriesOf(proposalTags);
    Map<String, String> added = new LinkedHashMap<>(counterTags);
    added.keySet().removeAll(proposalTags.keySet());
    assertThat(added).containsExactly(Map.entry("7", "Assurances"));
  }

  @Test
  void counterproposalNamesTheProposalAsItsPreviousVersion() throws IOException {
    AgreementSyntax proposal = parse(root().resolve("examples/framework-2024-proposal.truce"));
    AgreementSyntax counter =
        parse(root().resolve("examples/framework-2024-counterproposal.truce"));
    Optional<String> version =
        proposal.header().fields().stream()
            .flatMap(f -> f instanceof HeaderField.Version v ? Stream.of(v) : Stream.empty())
            .map(v -> v.label().value())
            .findFirst();
    Optional<String> previous =
        counter.header().fields().stream()
            .flatMap(f -> f instanceof HeaderField.Previous p ? Stream.of(p) : Stream.empty())
            .map(p -> p.version().value())
            .findFirst();
    assertThat(version).isPresent();
    assertThat(previous).isEqualTo(version);
  }

  @Test
  void reservedWordsSectionListsExactlyTheParsersReservedWords() throws IOException {
    String doc =
        Files.readString(root().resolve("docs/language.md"), StandardCharsets.UTF_8)
            .replace("\r\n", "\n");
    int start = doc.indexOf("\n## Reserved words\n");
    assertThat(start).as("a `## Reserved words` section in docs/language.md").isNotNegative();
    int end = doc.indexOf("\n## ", start + 1);
    String section = doc.substring(start, end < 0 ? doc.length() : end);
    // The list is the last paragraph of the section: every word in backticks.
    String list = section.substring(section.strip().lastIndexOf("\n\n") + 1);
    List<String> listed = new ArrayList<>();
    Matcher m = Pattern.compile("`([a-z]+)`").matcher(list);
    while (m.find()) {
      listed.add(m.group(1));
    }
    assertThat(listed).doesNotHaveDuplicates();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(Parser.reservedWords());
  }

  /** Tag id to label, in source order, phase bodies included. */
  private static Map<String, String> tags(List<Item> items) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Item item : items) {
      item.tag()
          .ifPresent(tag -> tags.put(tag.id(), tag.label().map(text -> text.value()).orElse("")));
      if (item.clause() instanceof Clause.Phase phase) {
        tags.putAll(tags(phase.body()));
      }
    }
    return tags;
  }

  private static AgreementSyntax parse(Path file) throws IOException {
    SourceText source = read(file);
    ParseResult parsed = Parser.parse(source);
    assertThat(parsed.hasErrors())
        .as("syntax errors in %s:%n%s", file, renderAll(source, parsed.diagnostics()))
        .isFalse();
    return parsed.tree().orElseThrow();
  }

  /**
   * A reference example. Blocks marked {@code fragment} hold top-level clauses and are put after a
   * header; blocks marked {@code in-phase} hold clauses of a phase body and are put in a phase.
   * Unmarked blocks are whole files.
   */
  record Block(int line, String marker, String text) {
    String wrapped() {
      return switch (marker) {
        case "" -> text;
        case "fragment" -> WRAP_HEADER + text;
        case "in-phase" -> WRAP_HEADER + "phase one lasts 1 day {\n" + text + "}\n";
        default -> throw new IllegalStateException("unknown example marker: " + marker);
      };
    }
  }

  static List<Block> referenceBlocks() throws IOException {
    String doc =
        Files.readString(root().resolve("docs/language.md"), StandardCharsets.UTF_8)
            .replace("\r\n", "\n");
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(doc);
    while (m.find()) {
      int line = (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      blocks.add(new Block(line, m.group(1) == null ? "" : m.group(1), m.group(2)));
    }
    return blocks;
  }

  static List<Path> exampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(root().resolve("examples"))) {
      return files.filter(p -> p.toString().endsWith(".truce")).sorted().toList();
    }
  }

  private static SourceText read(Path file) {
    LoadedSource loaded = Sources.read(file, root().relativize(file).toString());
    assertThat(loaded.problem()).as("reading %s", file).isEmpty();
    return loaded.source();
  }

  private static String render(Path file, List<Diagnostic> diagnostics) {
    return renderAll(read(file), diagnostics);
  }

  private static String renderAll(SourceText source, List<Diagnostic> diagnostics) {
    return DiagnosticRenderer.render(source, diagnostics);
  }

  private static String line(Diagnostic d) {
    return d.code().id() + " " + d.message();
  }
}
