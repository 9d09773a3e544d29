package org.truce.syntax.internal;

import java.util.Optional;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Schedule;

/**
 * Conditional releases: {@code within 3 days after hamas has released all hostage.living} and
 * {@code within 48 hours after hamas has released 33 hostage} (docs/language.md, "Conditional
 * releases"). A release's {@code within} without {@code after} stays E133.
 */
final class ConditionalParser {
  private final ParseContext ctx;

  ConditionalParser(ParseContext ctx) {
    this.ctx = ctx;
  }

  /** True at {@code within N unit after} (or {@code , within ...}). */
  boolean atConditional() {
    int at = ctx.at(TokenKind.COMMA) ? 1 : 0;
    return ctx.cursor.peek(at).isWord("within")
        && ctx.cursor.peek(at + 1).is(TokenKind.NUMBER)
        && ctx.cursor.peek(at + 3).isWord("after");
  }

  /**
   * At {@code within} (or {@code , within}); reads the period and the trigger. {@code has} before
   * {@code released} may be left out.
   */
  Schedule.After conditional() {
    ctx.accept(TokenKind.COMMA);
    int start = ctx.peek().offset();
    ctx.expectWord("within");
    Length within = ctx.deadlineLength("a number of days or hours");
    ctx.expectWord("after");
    Name party = ctx.name("the party whose release completes first, e.g. `hamas`");
    ctx.acceptWord("has");
    ctx.expectWord("released");
    Optional<Long> count =
        ctx.acceptWord("all")
            ? Optional.empty()
            : Optional.of(ctx.number("`all` or a number, e.g. `all hostage.living`"));
    CategoryName category = ctx.category();
    return new Schedule.After(within, party, count, category, ctx.spanFrom(start));
  }
}
