package org.truce.syntax.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.syntax.CategoryName;
import org.truce.syntax.SubQuota;
import org.truce.syntax.Text;

/**
 * A delivery's sub-quotas: {@code , of which 40 aid.truck.fuel and 200 "to the north"}. Each part
 * is a number and either a subcategory or a qualifier in quotes; parts are joined by {@code ,} or
 * {@code and}.
 */
final class SubQuotaParser {
  private final ParseContext ctx;

  SubQuotaParser(ParseContext ctx) {
    this.ctx = ctx;
  }

  /** At {@code , of which}: {@code which} is a word of the grammar only here. */
  boolean atOfWhich() {
    return ctx.at(TokenKind.COMMA)
        && ctx.cursor.peek(1).isWord("of")
        && ctx.cursor.peek(2).isWord("which");
  }

  /** The sub-quotas after {@link #atOfWhich}, or none. */
  List<SubQuota> ofWhich() {
    if (!atOfWhich()) {
      return List.of();
    }
    ctx.expect(TokenKind.COMMA);
    ctx.expectWord("of");
    ctx.expectWord("which");
    List<SubQuota> parts = new ArrayList<>();
    parts.add(part());
    while (ctx.atWord("and")
        || (ctx.at(TokenKind.COMMA) && ctx.cursor.peek(1).kind() == TokenKind.NUMBER)) {
      ctx.cursor.advance();
      ctx.acceptWord("and");
      parts.add(part());
    }
    return parts;
  }

  private SubQuota part() {
    int start = ctx.peek().offset();
    long amount = ctx.number("the number of a sub-quota, e.g. `of which 40 aid.truck.fuel`");
    if (ctx.at(TokenKind.TEXT)) {
      Text qualifier = ctx.text("a qualifier in quotes");
      return new SubQuota(amount, Optional.empty(), Optional.of(qualifier), ctx.spanFrom(start));
    }
    CategoryName category = ctx.category();
    return new SubQuota(amount, Optional.of(category), Optional.empty(), ctx.spanFrom(start));
  }
}
