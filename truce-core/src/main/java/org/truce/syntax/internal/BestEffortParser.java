package org.truce.syntax.internal;

import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Schedule;
import org.truce.vocabulary.Pace;

/**
 * Best-effort releases: {@code as located} or {@code as soon as possible}, with an optional long
 * stop {@code , at the latest by day N} (docs/language.md, "Best-effort releases").
 */
final class BestEffortParser {
  private final ParseContext ctx;

  BestEffortParser(ParseContext ctx) {
    this.ctx = ctx;
  }

  /** True at {@code as} or at {@code , as}: a best-effort schedule follows. */
  boolean atBestEffort() {
    return ctx.atWord("as") || (ctx.at(TokenKind.COMMA) && ctx.cursor.peek(1).isWord("as"));
  }

  /** At {@code as} (or {@code , as}); reads the pace and the long stop, if any. */
  Schedule.BestEffort bestEffort() {
    ctx.accept(TokenKind.COMMA);
    int start = ctx.peek().offset();
    Token as = ctx.cursor.advance();
    Pace pace;
    if (ctx.acceptWord("located")) {
      pace = Pace.AS_LOCATED;
    } else if (ctx.atWord("soon")) {
      ctx.cursor.advance();
      ctx.expectWord("as");
      ctx.expectWord("possible");
      pace = Pace.AS_SOON_AS_POSSIBLE;
    } else {
      Token found = ctx.peek();
      ctx.report(
          DiagnosticCode.UNKNOWN_PACE,
          as.span().offset() == found.span().offset() ? as.span() : ctx.spanFrom(start),
          ctx.describe(found));
      throw Abort.INSTANCE;
    }
    Optional<Long> longStop = Optional.empty();
    if (ctx.at(TokenKind.COMMA) && ctx.cursor.peek(1).isWord("at")) {
      ctx.cursor.advance();
      ctx.expectWord("at");
      ctx.expectWord("the");
      ctx.expectWord("latest");
      ctx.expectWord("by");
      longStop = Optional.of(ctx.dayNumber("at the latest by", "the phase"));
    }
    return new Schedule.BestEffort(pace, longStop, ctx.spanFrom(start));
  }
}
