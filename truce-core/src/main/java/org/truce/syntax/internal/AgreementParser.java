package org.truce.syntax.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Comment;
import org.truce.syntax.Header;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Item;
import org.truce.syntax.Name;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Text;

/**
 * Parses a whole file: the header, then the items. Without a header there is no tree, but the items
 * are still parsed so that all syntax errors are reported in one run.
 */
public final class AgreementParser {
  private final SourceText source;
  private final Reporter reporter = new Reporter();
  private final List<Comment> comments = new ArrayList<>();
  private final ParseContext ctx;
  private final ItemParser items;

  public AgreementParser(SourceText source) {
    this.source = source;
    Lexer lexer = new Lexer(source.text(), reporter, comments);
    this.ctx =
        new ParseContext(
            source, new TokenCursor(lexer, reporter, source.text().length()), reporter);
    this.items = new ItemParser(ctx);
  }

  public ParseResult parse() {
    Optional<Header> header = header();
    List<Item> parsed = items.items(false);
    Optional<AgreementSyntax> tree =
        header.map(h -> new AgreementSyntax(h, parsed, ctx.spanFrom(h.span().offset())));
    return new ParseResult(source, tree, comments, reporter.diagnostics());
  }

  private Optional<Header> header() {
    Token first = ctx.peek();
    if (!first.isWord("agreement")) {
      ctx.report(DiagnosticCode.MISSING_HEADER, first.span(), ctx.describe(first));
      Recovery.synchronize(ctx.cursor, false, false);
      return Optional.empty();
    }
    ctx.cursor.advance();
    Text title;
    try {
      title = ctx.text("the agreement's title in quotes");
    } catch (Abort e) {
      Recovery.synchronize(ctx.cursor, false, true);
      fields();
      return Optional.empty();
    }
    List<HeaderField> fields = fields();
    return Optional.of(new Header(title, fields, ctx.spanFrom(first.offset())));
  }

  private List<HeaderField> fields() {
    List<HeaderField> fields = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (Recovery.startsHeaderField(ctx.peek()) || atZone()) {
      Token keyword = ctx.peek();
      try {
        HeaderField field = field();
        if (seen.add(keyword.text())) {
          fields.add(field);
        } else {
          String shown = keyword.text().equals("tabled") ? "tabled by" : keyword.text();
          ctx.report(DiagnosticCode.DUPLICATE_HEADER_FIELD, field.span(), "`" + shown + "`");
        }
      } catch (Abort e) {
        int before = ctx.cursor.position();
        Recovery.synchronize(ctx.cursor, false, true);
        if (ctx.cursor.position() == before) {
          ctx.cursor.advance();
        }
      }
    }
    return fields;
  }

  /** {@code zone "..."}: `zone` is not reserved, so only with its quoted id after it. */
  private boolean atZone() {
    return ctx.peek().isWord("zone") && ctx.cursor.peek(1).is(TokenKind.TEXT);
  }

  private HeaderField field() {
    Token keyword = ctx.cursor.advance();
    int start = keyword.offset();
    switch (keyword.text()) {
      case "version" -> {
        Text label = ctx.text("the version label in quotes, e.g. `\"2024-05-31\"`");
        return new HeaderField.Version(label, ctx.spanFrom(start));
      }
      case "dated" -> {
        String date = date();
        return new HeaderField.Dated(date, ctx.spanFrom(start));
      }
      case "previous" -> {
        Text label = ctx.text("the previous version's label in quotes");
        return new HeaderField.Previous(label, ctx.spanFrom(start));
      }
      case "zone" -> {
        Text id = ctx.text("the time zone in quotes, e.g. `\"Asia/Beirut\"` or `\"UTC+02:00\"`");
        return new HeaderField.Zone(id, ctx.spanFrom(start));
      }
      case "starts" -> {
        String date = date();
        Optional<String> time =
            ctx.at(TokenKind.TIME) ? Optional.of(ctx.cursor.advance().text()) : Optional.empty();
        return new HeaderField.Starts(date, time, ctx.spanFrom(start));
      }
      default -> {
        ctx.expectWord("by");
        Token who = ctx.peek();
        if (who.isWord("party")
            || who.isWord("mediator")
            || who.isWord("guarantor")
            || who.isWord("endorser")) {
          ctx.report(DiagnosticCode.TABLED_BY_ROLE, who.span(), who.text());
          throw Abort.INSTANCE;
        }
        Name party = ctx.name("the name of the party that tabled it");
        List<Name> via = new ArrayList<>();
        if (ctx.acceptWord("via")) {
          via.add(ctx.name("a mediator's name"));
          while (ctx.accept(TokenKind.COMMA)) {
            via.add(ctx.name("a mediator's name"));
          }
        }
        return new HeaderField.TabledBy(party, via, ctx.spanFrom(start));
      }
    }
  }

  private String date() {
    if (!ctx.at(TokenKind.DATE)) {
      throw ctx.expected("a date such as `2024-05-31`");
    }
    return ctx.cursor.advance().text();
  }
}
