package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.truce.source.Diagnostic;
import org.truce.source.SourceText;
import org.truce.source.Span;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;
import org.truce.vocabulary.TimeUnit;

/** Parses snippets and builds expected nodes with {@link Span#NONE}, for compact tree tests. */
final class Snippets {
  static final String HEADER = "agreement \"T\"\n";

  private Snippets() {}

  static ParseResult parse(String text) {
    return Parser.parse(new SourceText("test.truce", text));
  }

  /** The one clause of {@code HEADER + snippet}, spans stripped; fails on any diagnostic. */
  static Clause clause(String snippet) {
    ParseResult result = parse(HEADER + snippet);
    assertThat(result.diagnostics()).as("diagnostics of %s", snippet).isEmpty();
    List<Item> items = result.tree().orElseThrow().items();
    assertThat(items).hasSize(1);
    return SyntaxTrees.stripSpans(items.get(0).clause());
  }

  /** The condition of {@code require always CONDITION}, spans stripped. */
  static Expr condition(String condition) {
    return ((Clause.Requirement) clause("require always " + condition)).condition();
  }

  /** The codes of the diagnostics of {@code text}, in order. */
  static List<String> codes(String text) {
    return parse(text).diagnostics().stream().map(d -> d.code().id()).toList();
  }

  static List<String> messages(String text) {
    return parse(text).diagnostics().stream().map(Diagnostic::message).toList();
  }

  static Name name(String text) {
    return new Name(text, Span.NONE);
  }

  static Optional<Name> by(String text) {
    return Optional.of(name(text));
  }

  static Text text(String value) {
    return new Text(value, Span.NONE);
  }

  static CategoryName category(String path) {
    return new CategoryName(Arrays.asList(path.split("\\.")), Span.NONE);
  }

  static Length days(long n) {
    return new Length(n, TimeUnit.DAYS, Span.NONE);
  }

  static Length weeks(long n) {
    return new Length(n, TimeUnit.WEEKS, Span.NONE);
  }

  static Expr.HostilitiesAre hostilities(HostilityState state) {
    return new Expr.HostilitiesAre(state, Span.NONE);
  }

  static Expr.PhaseIs phase(String name, PhaseState state) {
    return new Expr.PhaseIs(name(name), state, Span.NONE);
  }

  static Expr.TalksAre talks(TalkState state) {
    return new Expr.TalksAre(Optional.empty(), state, Optional.empty(), Span.NONE);
  }

  static Expr.Number number(long value) {
    return new Expr.Number(value, Span.NONE);
  }
}
