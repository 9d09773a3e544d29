package org.truce.syntax.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Tag;
import org.truce.syntax.Text;

/**
 * Sequences of items ({@code [tag] clause [;]}), at the top level or in a phase body: the recovery
 * point of the parser. A clause that fails is reported, left out, and parsing resumes at the next
 * clause (see {@link Recovery}).
 */
final class ItemParser {
  private final ParseContext ctx;
  private final ClauseParser clauses;

  ItemParser(ParseContext ctx) {
    this.ctx = ctx;
    this.clauses = new ClauseParser(ctx, this);
  }

  /** Items up to the end of the file or, in a phase body, up to its {@code }} (not consumed). */
  List<Item> items(boolean inBody) {
    List<Item> items = new ArrayList<>();
    while (true) {
      Token t = ctx.peek();
      if (t.is(TokenKind.EOF) || (inBody && t.is(TokenKind.RBRACE))) {
        return items;
      }
      if (ctx.accept(TokenKind.SEMICOLON)) {
        continue;
      }
      int before = ctx.cursor.position();
      if (t.is(TokenKind.RBRACE)) {
        ctx.report(DiagnosticCode.UNKNOWN_CLAUSE, t.span(), ctx.describe(t));
        ctx.cursor.advance();
        continue;
      }
      item(inBody).ifPresent(items::add);
      if (ctx.cursor.position() == before) {
        ctx.cursor.advance();
      }
    }
  }

  private Optional<Item> item(boolean inBody) {
    int start = ctx.peek().offset();
    boolean outer = ctx.beginClause();
    try {
      Optional<Tag> tag = ctx.at(TokenKind.LBRACKET) ? Optional.of(tag()) : Optional.empty();
      if (tag.isPresent() && (ctx.at(TokenKind.EOF) || ctx.at(TokenKind.RBRACE))) {
        throw ctx.expected("a clause after the tag");
      }
      Clause clause = clauses.clause();
      boolean failed = ctx.endClause(outer);
      Item item = new Item(tag, clause, ctx.spanFrom(start));
      ctx.accept(TokenKind.SEMICOLON);
      return failed ? Optional.empty() : Optional.of(item);
    } catch (Abort e) {
      ctx.endClause(outer);
      Recovery.synchronize(ctx.cursor, inBody, false);
      return Optional.empty();
    }
  }

  /** {@code [4.1 "Label"]}. */
  private Tag tag() {
    Token open = ctx.cursor.advance();
    StringBuilder id = new StringBuilder(idSegment(true));
    while (ctx.accept(TokenKind.DOT)) {
      id.append('.').append(idSegment(false));
    }
    Optional<Text> label =
        ctx.at(TokenKind.TEXT) ? Optional.of(ctx.text("a label")) : Optional.empty();
    Brackets.close(ctx, open, TokenKind.RBRACKET);
    return new Tag(id.toString(), label, ctx.spanFrom(open.offset()));
  }

  private String idSegment(boolean first) {
    Token t = ctx.peek();
    if (t.is(TokenKind.NUMBER) || (t.is(TokenKind.WORD) && !first)) {
      return ctx.cursor.advance().text();
    }
    return ctx.name("a clause id such as `4.1` or `release_civilians`").text();
  }
}
