package org.truce.syntax.internal;

import org.truce.syntax.Expr;

/** The state words of hostilities, talks and phases. */
final class States {
  private States() {}

  static Expr.HostilityState hostility(ParseContext ctx) {
    Expr.HostilityState state =
        switch (ctx.peek().kind() == TokenKind.WORD ? ctx.peek().text() : "") {
          case "active" -> Expr.HostilityState.ACTIVE;
          case "paused" -> Expr.HostilityState.PAUSED;
          case "ended" -> Expr.HostilityState.ENDED;
          default -> throw ctx.expected("`active`, `paused` or `ended`");
        };
    ctx.cursor.advance();
    return state;
  }

  static Expr.TalkState talks(ParseContext ctx) {
    Expr.TalkState state =
        switch (ctx.peek().kind() == TokenKind.WORD ? ctx.peek().text() : "") {
          case "begun" -> Expr.TalkState.BEGUN;
          case "progressing" -> Expr.TalkState.PROGRESSING;
          case "stalled" -> Expr.TalkState.STALLED;
          case "agreed" -> Expr.TalkState.AGREED;
          default -> throw ctx.expected("`begun`, `progressing`, `stalled` or `agreed`");
        };
    ctx.cursor.advance();
    return state;
  }

  static Expr.PhaseState phase(ParseContext ctx) {
    Expr.PhaseState state =
        switch (ctx.peek().kind() == TokenKind.WORD ? ctx.peek().text() : "") {
          case "begun" -> Expr.PhaseState.BEGUN;
          case "active" -> Expr.PhaseState.ACTIVE;
          case "ended" -> Expr.PhaseState.ENDED;
          default -> throw ctx.expected("`begun`, `active` or `ended`");
        };
    ctx.cursor.advance();
    return state;
  }
}
