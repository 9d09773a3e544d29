package org.truce.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.truce.fuzz.FuzzSeeds.Seed;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;
import org.truce.syntax.SyntaxTrees;
import org.truce.syntax.internal.Lexer;
import org.truce.syntax.internal.Reporter;
import org.truce.syntax.internal.Token;
import org.truce.syntax.internal.TokenKind;
import org.truce.testing.Repository;
import org.truce.testing.TypeGraph;

/**
 * The seed corpus of the agreement fuzz targets covers the whole grammar, so that no construct
 * reaches the checker only if the fuzzer happens to write it (a crash in one construct was missed
 * by 150,000 executions whose seeds lacked it). The constructs are derived from the syntax tree's
 * types and the lexer's words, not listed here, so that a new construct fails this test until a
 * seed uses it: every kind of node, every optional part both present and absent, every list both
 * empty and not (where the grammar allows it), every enum constant, each in a seed that validates
 * without errors; and every reserved word and symbol in some seed and in the fuzzing dictionary.
 */
class SeedCorpusTest {
  /**
   * Lists never empty in a valid agreement: the grammar asks for one role, one guarantor and one
   * segment, and validation for a phase (E408).
   */
  private static final Set<String> NEVER_EMPTY =
      Set.of(
          "Clause.ActorDecl.roles",
          "Clause.Assurance.guarantors",
          "CategoryName.segments",
          "AgreementSyntax.items");

  @Test
  void validSeedsUseEveryConstructOfTheSyntaxTree() {
    Set<String> used = new TreeSet<>();
    for (ParseResult parsed : validSeeds()) {
      SyntaxTrees.walk(parsed.tree().orElseThrow(), (node, parent) -> features(node, used));
    }

    Set<String> missing = new TreeSet<>(constructs());
    missing.removeAll(used);
    assertThat(missing)
        .as("constructs no valid seed uses (add them to fuzz/agreements/)")
        .isEmpty();
  }

  @Test
  void seedsUseEveryReservedWordAndSymbol() {
    Set<String> used = new TreeSet<>();
    for (Seed seed : FuzzSeeds.agreements()) {
      LoadedSource loaded = Sources.decode(seed.bytes(), seed.name());
      if (loaded.ok()) {
        used.addAll(words(loaded.source().text()));
      }
    }

    Set<String> missing = new TreeSet<>(wordsAndSymbols());
    missing.removeAll(used);
    assertThat(missing).as("reserved words and symbols no seed uses").isEmpty();
  }

  @Test
  void theDictionaryListsEveryReservedWordAndSymbol() throws IOException {
    Set<String> entries = new TreeSet<>();
    try (InputStream in = SeedCorpusTest.class.getResourceAsStream("/fuzz/truce.dict")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("\"") && line.endsWith("\"")) {
          entries.add(line.substring(1, line.length() - 1));
        }
      }
    }

    assertThat(entries).containsAll(wordsAndSymbols());
  }

  @Test
  void everyAgreementWrittenForFuzzingIsValid() {
    for (Seed seed :
        FuzzSeeds.files(
            Repository.root().resolve("truce-core/src/test/resources/fuzz/agreements"), ".truce")) {
      ModelResult model = ModelBuilder.load(Sources.decode(seed.bytes(), seed.name()).source());
      assertThat(model.diagnostics()).as(seed.name()).noneMatch(d -> d.isError());
    }
  }

  /** The seeds that parse and validate without an error, as parsed. */
  private static List<ParseResult> validSeeds() {
    List<ParseResult> valid = new ArrayList<>();
    for (Seed seed : FuzzSeeds.agreements()) {
      LoadedSource loaded = Sources.decode(seed.bytes(), seed.name());
      if (!loaded.ok()) {
        continue;
      }
      ParseResult parsed = Parser.parse(loaded.source());
      if (!ModelBuilder.build(parsed).hasErrors() && parsed.tree().isPresent()) {
        valid.add(parsed);
      }
    }
    assertThat(valid).as("valid seeds").isNotEmpty();
    return valid;
  }

  /** What a node shows of the grammar: its kind, its optional parts and lists, its enums. */
  private static void features(Record node, Set<String> used) {
    String type = name(node.getClass());
    used.add(type);
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      Object value = get(c, node);
      String part = type + "." + c.getName();
      switch (value) {
        case Optional<?> o -> used.add(part + (o.isPresent() ? " present" : " absent"));
        case Collection<?> list -> {
          used.add(part + (list.isEmpty() ? " empty" : " not empty"));
          list.stream()
              .filter(Enum.class::isInstance)
              .forEach(e -> used.add(name(e.getClass()) + "." + ((Enum<?>) e).name()));
        }
        case Enum<?> e -> used.add(name(e.getDeclaringClass()) + "." + e.name());
        default -> {}
      }
    }
  }

  /** Every feature the syntax tree's types allow, derived from the types by reflection. */
  private static Set<String> constructs() {
    Set<Class<?>> types =
        TypeGraph.reachable(
            AgreementSyntax.class,
            c -> c.getName().startsWith("org.truce.syntax") && c != Span.class);
    Set<String> all = new TreeSet<>();
    for (Class<?> type : types) {
      if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          all.add(name(type) + "." + ((Enum<?>) constant).name());
        }
      }
      if (!type.isRecord()) {
        continue;
      }
      all.add(name(type));
      for (RecordComponent c : type.getRecordComponents()) {
        String part = name(type) + "." + c.getName();
        if (c.getType() == Optional.class) {
          all.add(part + " present");
          all.add(part + " absent");
        } else if (Collection.class.isAssignableFrom(c.getType())) {
          all.add(part + " not empty");
          if (!NEVER_EMPTY.contains(part)) {
            all.add(part + " empty");
          }
        }
      }
    }
    return all;
  }

  /** The reserved words and the symbols of punctuation, as the lexer knows them. */
  private static Set<String> wordsAndSymbols() {
    Set<String> all = new TreeSet<>(Parser.reservedWords());
    for (TokenKind kind : TokenKind.values()) {
      if (!kind.symbol().isEmpty()) {
        all.add(kind.symbol());
      }
    }
    return all;
  }

  /** The words and symbols of a text, as lexed. */
  private static Set<String> words(String text) {
    Set<String> found = new TreeSet<>();
    Lexer lexer = new Lexer(text, new Reporter(), new ArrayList<>());
    for (Token t = lexer.next(); t.kind() != TokenKind.EOF; t = lexer.next()) {
      if (t.kind() == TokenKind.WORD) {
        found.add(text.substring(t.span().offset(), t.span().end()));
      } else if (!t.kind().symbol().isEmpty()) {
        found.add(t.kind().symbol());
      }
    }
    return found;
  }

  private static String name(Class<?> type) {
    return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
