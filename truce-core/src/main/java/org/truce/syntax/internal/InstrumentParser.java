package org.truce.syntax.internal;

import java.util.List;
import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Name;
import org.truce.syntax.Text;
import org.truce.vocabulary.InstrumentKind;
import org.truce.vocabulary.RankRelation;

/**
 * {@code instrument NAME "Title" KIND [from P to Q] [, not published] [, ranks above|below|with
 * agreement|NAME] { items }}, KIND one of {@code annex}, {@code side letter}, {@code joint
 * statement}, {@code plan}. The words after the name are read in their place only, so none of them
 * is reserved but {@code instrument}.
 */
final class InstrumentParser {
  private final ParseContext ctx;
  private final PhaseParser blocks;

  InstrumentParser(ParseContext ctx, PhaseParser blocks) {
    this.ctx = ctx;
    this.blocks = blocks;
  }

  Clause instrument() {
    Token keyword = ctx.cursor.advance();
    Name name = ctx.name("a name for the instrument, e.g. `letter`");
    Text title = ctx.text("the instrument's title in quotes");
    InstrumentKind kind = kind();
    Optional<Name> from = Optional.empty();
    Optional<Name> to = Optional.empty();
    if (ctx.acceptWord("from")) {
      from = Optional.of(ctx.name("the name of the actor the instrument is from"));
      ctx.expectWord("to");
      to = Optional.of(ctx.name("the name of the actor the instrument is addressed to"));
    }
    boolean published = true;
    Optional<Clause.Rank> rank = Optional.empty();
    while (ctx.accept(TokenKind.COMMA)) {
      Token option = ctx.peek();
      if (ctx.acceptWord("not")) {
        ctx.expectWord("published");
        if (!published) {
          duplicate(option, name);
        }
        published = false;
      } else if (ctx.acceptWord("ranks")) {
        Clause.Rank r = rank(option.offset());
        if (rank.isPresent()) {
          duplicate(option, name);
        }
        rank = Optional.of(r);
      } else {
        throw ctx.expected("`not published` or `ranks above`, `ranks below`, `ranks with`");
      }
    }
    List<Item> body = blocks.body();
    return new Clause.Instrument(
        name, title, kind, from, to, published, rank, body, ctx.spanFrom(keyword.offset()));
  }

  private InstrumentKind kind() {
    if (ctx.acceptWord("annex")) {
      return InstrumentKind.ANNEX;
    }
    if (ctx.acceptWord("plan")) {
      return InstrumentKind.PLAN;
    }
    if (ctx.acceptWord("side")) {
      ctx.expectWord("letter");
      return InstrumentKind.SIDE_LETTER;
    }
    if (ctx.acceptWord("joint")) {
      ctx.expectWord("statement");
      return InstrumentKind.JOINT_STATEMENT;
    }
    throw ctx.expected(
        "the kind of instrument: `annex`, `side letter`, `joint statement` or `plan`");
  }

  private Clause.Rank rank(int start) {
    RankRelation relation;
    if (ctx.acceptWord("above")) {
      relation = RankRelation.ABOVE;
    } else if (ctx.acceptWord("below")) {
      relation = RankRelation.BELOW;
    } else if (ctx.acceptWord("with")) {
      relation = RankRelation.WITH;
    } else {
      throw ctx.expected("`above`, `below` or `with`");
    }
    Optional<Name> other =
        ctx.acceptWord("agreement")
            ? Optional.empty()
            : Optional.of(ctx.name("`agreement` or the name of an instrument declared before"));
    return new Clause.Rank(relation, other, ctx.spanFrom(start));
  }

  private void duplicate(Token option, Name instrument) {
    ctx.report(
        DiagnosticCode.DUPLICATE_INSTRUMENT_OPTION,
        option.span(),
        option.text(),
        instrument.text());
    ctx.markFailed();
  }
}
