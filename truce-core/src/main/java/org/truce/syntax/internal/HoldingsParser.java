package org.truce.syntax.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Amount;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Clause;
import org.truce.syntax.Name;
import org.truce.syntax.Text;
import org.truce.vocabulary.Bound;

/**
 * {@code held by hamas { hostage.living.civilian 50 "women and children" ... }}. A bad line is
 * reported and skipped, and the block goes on; a block left open before the next clause is
 * reported at its {@code {} (E113) and kept.
 */
final class HoldingsParser {
  private final ParseContext ctx;

  HoldingsParser(ParseContext ctx) {
    this.ctx = ctx;
  }

  Clause holdings() {
    int start = ctx.cursor.advance().offset();
    ctx.expectWord("by");
    Name holder = ctx.name("the name of the party that holds them");
    Token open = ctx.expect(TokenKind.LBRACE);
    List<Clause.Holding> entries = new ArrayList<>();
    while (true) {
      Token t = ctx.peek();
      if (t.is(TokenKind.RBRACE)) {
        ctx.cursor.advance();
        break;
      }
      if (t.is(TokenKind.EOF) || (t.lineStart() && Recovery.startsClause(ctx.cursor))) {
        ctx.report(DiagnosticCode.UNCLOSED_BLOCK, open.span(), "{", "}");
        break;
      }
      if (ctx.accept(TokenKind.SEMICOLON)) {
        continue;
      }
      int before = ctx.cursor.position();
      boolean outer = ctx.beginClause();
      try {
        Clause.Holding holding = holding();
        if (!ctx.endClause(outer)) {
          entries.add(holding);
        }
      } catch (Abort e) {
        ctx.endClause(outer);
        skipLine();
      }
      if (ctx.cursor.position() == before) {
        ctx.cursor.advance();
      }
    }
    return new Clause.Holdings(holder, entries, ctx.spanFrom(start));
  }

  private Clause.Holding holding() {
    int start = ctx.peek().offset();
    CategoryName category = ctx.category();
    Amount amount = amount();
    Optional<Text> description =
        ctx.at(TokenKind.TEXT) ? Optional.of(ctx.text("a description")) : Optional.empty();
    List<CategoryName> either = new ArrayList<>();
    // On the same line only: a line below may start with a category named `either`.
    if (!ctx.peek().lineStart() && ctx.acceptWord("either")) {
      // `either hostage.living or hostage.remains`, `either a, b or c`: status unknown at signing.
      either.add(ctx.category());
      while (ctx.accept(TokenKind.COMMA) || ctx.acceptWord("or")) {
        either.add(ctx.category());
      }
    }
    return new Clause.Holding(category, amount, description, either, ctx.spanFrom(start));
  }

  private Amount amount() {
    int start = ctx.peek().offset();
    Bound bound = Bound.EXACTLY;
    if (ctx.acceptWord("about")) {
      bound = Bound.ABOUT;
    } else if (ctx.acceptWord("at")) {
      if (ctx.acceptWord("least")) {
        bound = Bound.AT_LEAST;
      } else if (ctx.acceptWord("most")) {
        bound = Bound.AT_MOST;
      } else {
        throw ctx.expected("`least` or `most`");
      }
    }
    long value = ctx.number("a number of units held");
    return new Amount(bound, value, ctx.spanFrom(start));
  }

  /** Skips the rest of a bad holding line, up to the end of the block. */
  private void skipLine() {
    while (true) {
      Token t = ctx.peek();
      if (t.is(TokenKind.EOF) || t.is(TokenKind.RBRACE) || t.lineStart()) {
        return;
      }
      ctx.cursor.advance();
      if (t.is(TokenKind.SEMICOLON)) {
        return;
      }
    }
  }
}
