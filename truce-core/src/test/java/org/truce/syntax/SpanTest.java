package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.truce.source.SourceText;
import org.truce.source.Span;

/** Every node's span covers exactly its text, in a file that uses every construct. */
class SpanTest {
  private static SourceText source;
  private static AgreementSyntax tree;

  @BeforeAll
  static void parse() throws Exception {
    source =
        new SourceText(
            "framework-2024.truce",
            Files.readString(Path.of("src/test/resources/syntax/framework-2024.truce")));
    ParseResult result = Parser.parse(source);
    assertThat(result.diagnostics()).isEmpty();
    tree = result.tree().orElseThrow();
  }

  private static String text(Record node) {
    return SyntaxTrees.text(source, SyntaxTrees.span(node));
  }

  @Test
  void childrenLieWithinTheirParents() {
    SyntaxTrees.walk(
        tree,
        (node, parent) -> {
          if (parent != null) {
            Span outer = SyntaxTrees.span(parent);
            Span inner = SyntaxTrees.span(node);
            assertThat(inner.offset())
                .as("%s in %s", node, parent)
                .isGreaterThanOrEqualTo(outer.offset());
            assertThat(inner.end()).as("%s in %s", node, parent).isLessThanOrEqualTo(outer.end());
          }
        });
  }

  @Test
  void spansStartAndEndOnTokens() {
    for (Record node : SyntaxTrees.nodes(tree)) {
      String text = text(node);
      assertThat(text).as("span of %s", node).isNotBlank();
      assertThat(text).as("span of %s", node).isEqualTo(text.strip());
    }
  }

  @Test
  void leavesCoverTheirWords() {
    for (Record node : SyntaxTrees.nodes(tree)) {
      switch (node) {
        case Name n -> assertThat(text(n)).isEqualTo(n.text());
        case Text t -> assertThat(text(t)).isEqualTo("\"" + t.value() + "\"");
        case CategoryName c -> assertThat(text(c).replace(" ", "")).isEqualTo(c.path());
        case Expr.Number n -> assertThat(text(n)).isEqualTo(Long.toString(n.value()));
        case Expr.Day d -> assertThat(text(d)).isEqualTo("day");
        default -> {}
      }
    }
  }

  @Test
  void clausesCoverTheirFirstAndLastWords() {
    List<Item> items = tree.items();
    assertThat(text(items.get(0))).isEqualTo("party israel \"Israel\"");
    assertThat(text(items.get(4))).isEqualTo("mediator, guarantor us \"United States\"");
    Item phase = items.get(9);
    assertThat(text(phase))
        .startsWith("[1 \"First phase\"]\nphase one")
        .endsWith("talks stalled\n}");
    assertThat(text(phase.tag().orElseThrow())).isEqualTo("[1 \"First phase\"]");
    Clause.Phase one = (Clause.Phase) phase.clause();
    assertThat(text(one.body().get(1)))
        .isEqualTo("[1.1] hamas releases 33 hostage.living.civilian, 3 every 7 days from day 1");
    Clause.Release release = (Clause.Release) one.body().get(1).clause();
    assertThat(SyntaxTrees.text(source, release.schedule().orElseThrow().span()))
        .isEqualTo("3 every 7 days from day 1");
    assertThat(text(items.get(items.size() - 1))).isEqualTo("concludes when phase two ended");
    assertThat(text(tree.header())).startsWith("agreement").endsWith("07:00");
    assertThat(tree.span().end()).isEqualTo(source.text().stripTrailing().length());
  }

  @Test
  void parenthesesBelongToTheConditionTheyEnclose() {
    Clause.Phase two = (Clause.Phase) tree.items().get(10).clause();
    Expr.And ends = (Expr.And) two.endsWhen().orElseThrow();
    assertThat(text(ends)).isEqualTo("(talks on two agreed or day >= 100) and true");
    assertThat(SyntaxTrees.text(source, ends.left().span()))
        .isEqualTo("(talks on two agreed or day >= 100)");
  }
}
