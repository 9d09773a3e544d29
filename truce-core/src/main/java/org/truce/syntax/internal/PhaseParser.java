package org.truce.syntax.internal;

import java.util.List;
import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Clause;
import org.truce.syntax.Expr;
import org.truce.syntax.Item;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Text;

/**
 * {@code phase NAME ["Title"] lasts ... [, begins ...] [, ends when ...] { items }} and the
 * extension clause. A phase inside a phase is parsed (the model reports it), but only {@link
 * #MAX_NESTING} deep, so that no input can exhaust the stack.
 */
final class PhaseParser {
  static final int MAX_NESTING = 16;

  private final ParseContext ctx;
  private final ConditionParser conditions;
  private final ItemParser items;
  private int nesting;

  PhaseParser(ParseContext ctx, ConditionParser conditions, ItemParser items) {
    this.ctx = ctx;
    this.conditions = conditions;
    this.items = items;
  }

  Clause phase() {
    Token keyword = ctx.cursor.advance();
    if (nesting >= MAX_NESTING) {
      ctx.report(DiagnosticCode.PHASES_NESTED_TOO_DEEP, keyword.span(), MAX_NESTING);
      throw Abort.INSTANCE;
    }
    Name name = ctx.name("a phase name");
    Optional<Text> title = ctx.at(TokenKind.TEXT) ? Optional.of(ctx.text("")) : Optional.empty();
    Optional<Length> duration = duration();
    Optional<Clause.Begins> begins = Optional.empty();
    Optional<Expr> endsWhen = Optional.empty();
    while (ctx.accept(TokenKind.COMMA)) {
      Token option = ctx.peek();
      if (ctx.acceptWord("begins")) {
        Clause.Begins b = begins(option);
        if (begins.isPresent()) {
          duplicate(option, name);
        }
        begins = Optional.of(b);
      } else if (ctx.acceptWord("ends")) {
        ctx.expectWord("when");
        Expr e = conditions.parse();
        if (endsWhen.isPresent()) {
          duplicate(option, name);
        }
        endsWhen = Optional.of(e);
      } else {
        throw ctx.expected("`begins` or `ends`");
      }
    }
    List<Item> body = body();
    return new Clause.Phase(
        name, title, duration, begins, endsWhen, body, ctx.spanFrom(keyword.offset()));
  }

  private void duplicate(Token option, Name phase) {
    ctx.report(DiagnosticCode.DUPLICATE_PHASE_OPTION, option.span(), option.text(), phase.text());
    ctx.markFailed();
  }

  private Optional<Length> duration() {
    ctx.expectWord("lasts");
    if (ctx.acceptWord("indefinitely")) {
      return Optional.empty();
    }
    return Optional.of(ctx.length("a number of days or weeks, or `indefinitely`"));
  }

  private Clause.Begins begins(Token keyword) {
    int start = keyword.offset();
    if (ctx.acceptWord("on")) {
      long day = ctx.dayNumber("begins on", "the agreement");
      return new Clause.Begins.OnDay(day, ctx.spanFrom(start));
    }
    if (ctx.acceptWord("after")) {
      // `begins after phase one` reads as `begins after one` (docs/language.md).
      if (ctx.atWord("phase") && ctx.cursor.peek(1).isName()) {
        ctx.cursor.advance();
      }
      Name phase = ctx.name("a phase name");
      return new Clause.Begins.After(phase, ctx.spanFrom(start));
    }
    if (ctx.acceptWord("when")) {
      Expr condition = conditions.parse();
      return new Clause.Begins.When(condition, ctx.spanFrom(start));
    }
    throw ctx.expected("`on day N`, `after PHASE` or `when CONDITION`");
  }

  /**
   * The body in braces. A missing {@code {} before what is clearly the body (a new line that
   * starts a clause) is reported and the body parsed anyway, so that its clauses do not each
   * appear out of place.
   */
  List<Item> body() {
    Token open = ctx.peek();
    if (!ctx.accept(TokenKind.LBRACE)) {
      boolean bodyFollows =
          open.lineStart() && (Recovery.startsClause(ctx.cursor) || open.is(TokenKind.RBRACE));
      ctx.expected("`{`");
      if (!bodyFollows) {
        throw Abort.INSTANCE;
      }
    }
    nesting++;
    try {
      List<Item> body = items.items(true);
      if (!ctx.accept(TokenKind.RBRACE) && open.is(TokenKind.LBRACE)) {
        ctx.report(DiagnosticCode.UNCLOSED_BLOCK, open.span(), "{", "}");
      }
      return body;
    } finally {
      nesting--;
    }
  }

  /** {@code extends by 1 day per 10 additional hostage released [by hamas] [, up to 6 days]}. */
  Clause extension() {
    int start = ctx.cursor.advance().offset();
    ctx.expectWord("by");
    Length step = ctx.length("a number of days");
    Clause.ExtensionTrigger trigger = trigger();
    Optional<Length> cap = Optional.empty();
    if (ctx.accept(TokenKind.COMMA)) {
      ctx.expectWord("up");
      ctx.expectWord("to");
      cap = Optional.of(ctx.length("a number of days"));
    }
    return new Clause.Extension(step, trigger, cap, ctx.spanFrom(start));
  }

  private Clause.ExtensionTrigger trigger() {
    int start = ctx.peek().offset();
    if (ctx.acceptPer()) {
      long count = ctx.number("a number");
      ctx.acceptWord("additional");
      CategoryName category = ctx.category();
      ctx.expectWord("released");
      Optional<Name> by =
          ctx.acceptWord("by") ? Optional.of(ctx.name("a party name")) : Optional.empty();
      return new Clause.ExtensionTrigger.PerReleases(count, category, by, ctx.spanFrom(start));
    }
    if (ctx.acceptWord("while")) {
      Expr condition = conditions.parse();
      return new Clause.ExtensionTrigger.While(condition, ctx.spanFrom(start));
    }
    throw ctx.expected("`per` or `while`");
  }
}
