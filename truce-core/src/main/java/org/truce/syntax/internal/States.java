package org.truce.syntax.internal;

import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/** The state words of hostilities, talks and phases. */
final class States {
  private States() {}

  static HostilityState hostility(ParseContext ctx) {
    HostilityState state =
        switch (ctx.peek().kind() == TokenKind.WORD ? ctx.peek().text() : "") {
          case "active" -> HostilityState.ACTIVE;
          case "paused" -> HostilityState.PAUSED;
          case "ended" -> HostilityState.ENDED;
          default -> throw ctx.expected("`active`, `paused` or `ended`");
        };
    ctx.cursor.advance();
    return state;
  }

  static TalkState talks(ParseContext ctx) {
    TalkState state =
        switch (ctx.peek().kind() == TokenKind.WORD ? ctx.peek().text() : "") {
          case "begun" -> TalkState.BEGUN;
          case "progressing" -> TalkState.PROGRESSING;
          case "stalled" -> TalkState.STALLED;
          case "agreed" -> TalkState.AGREED;
          default -> throw ctx.expected("`begun`, `progressing`, `stalled` or `agreed`");
        };
    ctx.cursor.advance();
    return state;
  }

  static PhaseState phase(ParseContext ctx) {
    PhaseState state =
        switch (ctx.peek().kind() == TokenKind.WORD ? ctx.peek().text() : "") {
          case "begun" -> PhaseState.BEGUN;
          case "active" -> PhaseState.ACTIVE;
          case "ended" -> PhaseState.ENDED;
          default -> throw ctx.expected("`begun`, `active` or `ended`");
        };
    ctx.cursor.advance();
    return state;
  }
}
