package org.truce.syntax.internal.format;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Clause;
import org.truce.syntax.Comment;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Item;
import org.truce.syntax.ParseResult;

/**
 * Prints a syntax tree in the canonical layout (docs/language.md, "Canonical layout"), with the
 * comments of its parse when there is one. Entry point of the formatter's internals.
 */
public final class TreePrinter {
  private final CommentPlacement comments;
  private final LineWriter out = new LineWriter();

  private TreePrinter(CommentPlacement comments) {
    this.comments = comments;
  }

  /** Prints a tree that comes from no text (e.g. a model being printed): no comments. */
  public static String print(AgreementSyntax tree) {
    return new TreePrinter(CommentPlacement.none()).file(tree);
  }

  /** Prints a parsed tree with its comments; the parse must have a tree. */
  public static String print(ParseResult parsed) {
    AgreementSyntax tree =
        parsed.tree().orElseThrow(() -> new IllegalArgumentException("the parse has no tree"));
    CommentPlacement placement = CommentPlacement.of(parsed.source(), parsed.comments());
    placeComments(placement, tree);
    return new TreePrinter(placement).file(tree);
  }

  private static void placeComments(CommentPlacement placement, AgreementSyntax tree) {
    var title = tree.header().title();
    placement.takeLeading(title, title.span().end());
    placement.takeTrailing(title, title.span().end());
    for (HeaderField field : tree.header().fields()) {
      placement.takeLeading(field, field.span().end());
      placement.takeTrailing(field, field.span().end());
    }
    placeItems(placement, tree.items());
    placement.takeLeading(tree, Integer.MAX_VALUE);
  }

  private static void placeItems(CommentPlacement placement, List<Item> items) {
    for (Item item : items) {
      Clause clause = item.clause();
      switch (clause) {
        case Clause.Holdings holdings -> {
          openBlock(placement, item, holdings.holder().span());
          for (Clause.Holding entry : holdings.entries()) {
            placement.takeLeading(entry, entry.span().end());
            placement.takeTrailing(entry, entry.span().end());
          }
          placement.takeLeading(clause, closingBrace(item));
        }
        case Clause.Phase phase -> {
          openBlock(placement, item, phaseOpeningEnd(phase));
          placeItems(placement, phase.body());
          placement.takeLeading(clause, closingBrace(item));
        }
        case Clause.Instrument instrument -> {
          openBlock(placement, item, instrumentOpeningEnd(instrument));
          placeItems(placement, instrument.body());
          placement.takeLeading(clause, closingBrace(item));
        }
        default -> placement.takeLeading(item, item.span().end());
      }
      placement.takeTrailing(item, item.span().end());
    }
  }

  private static void openBlock(CommentPlacement placement, Item item, Span beforeBrace) {
    int brace = placement.openingBrace(beforeBrace.end());
    placement.takeLeading(item, brace);
    placement.takeTrailing(item.clause(), brace + 1);
  }

  private static int closingBrace(Item item) {
    return Math.max(item.clause().span().end() - 1, 0);
  }

  private static Span phaseOpeningEnd(Clause.Phase phase) {
    return Stream.of(
            Optional.of(phase.name().span()),
            phase.title().map(title -> title.span()),
            phase.duration().map(duration -> duration.span()),
            phase.begins().map(begins -> begins.span()),
            phase.endsWhen().map(ends -> ends.span()))
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt(Span::end))
        .orElseThrow();
  }

  /** The end of what comes before an instrument's {@code {}: the title, or the last option. */
  private static Span instrumentOpeningEnd(Clause.Instrument instrument) {
    return Stream.of(
            Optional.of(instrument.title().span()),
            instrument.to().map(to -> to.span()),
            instrument.rank().map(rank -> rank.span()))
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt(Span::end))
        .orElseThrow();
  }

  private String file(AgreementSyntax tree) {
    var header = tree.header();
    leadingComments(header.title(), 0);
    if (comments.blankBefore(header.span().offset())) {
      out.blank();
    }
    out.line(0, "agreement " + Words.quote(header.title()) + comments.trailing(header.title()));
    header.fields().stream()
        .sorted(Comparator.comparingInt(ClauseLine::headerRank))
        .forEach(
            field -> {
              for (Comment comment : comments.leading(field)) {
                out.line(1, CommentPlacement.text(comment));
              }
              out.line(1, ClauseLine.headerField(field) + comments.trailing(field));
            });
    out.blank();
    items(tree.items(), 0, true);
    leadingComments(tree, 0);
    return out.text();
  }

  private void items(List<Item> items, int depth, boolean topLevel) {
    Item previous = null;
    for (Item item : items) {
      if (previous != null && topLevel && separated(previous.clause(), item.clause())) {
        out.blank();
      }
      leadingComments(item, depth);
      if (comments.blankBefore(item.span().offset())) {
        out.blank();
      }
      item.tag().ifPresent(tag -> out.line(depth, Words.tag(tag)));
      switch (item.clause()) {
        case Clause.Holdings holdings -> holdings(item, holdings, depth);
        case Clause.Phase phase -> {
          out.line(depth, ClauseLine.phaseOpening(phase) + comments.trailing(phase));
          out.openBlock();
          items(phase.body(), depth + 1, false);
          close(item, depth);
        }
        case Clause.Instrument instrument -> {
          out.line(depth, ClauseLine.instrumentOpening(instrument) + comments.trailing(instrument));
          out.openBlock();
          items(instrument.body(), depth + 1, false);
          close(item, depth);
        }
        default -> out.line(depth, ClauseLine.of(item.clause()) + comments.trailing(item));
      }
      previous = item;
    }
  }

  private void holdings(Item item, Clause.Holdings holdings, int depth) {
    out.line(depth, "held by " + holdings.holder().text() + " {" + comments.trailing(holdings));
    out.openBlock();
    int width =
        holdings.entries().stream()
            .mapToInt(entry -> width(entry.category().path()))
            .max()
            .orElse(0);
    for (Clause.Holding entry : holdings.entries()) {
      leadingComments(entry, depth + 1);
      if (comments.blankBefore(entry.span().offset())) {
        out.blank();
      }
      String category = entry.category().path();
      out.line(
          depth + 1,
          category
              + " ".repeat(width - width(category) + 1)
              + Words.amount(entry.amount())
              + entry.description().map(text -> " " + Words.quote(text)).orElse("")
              + either(entry.either())
              + comments.trailing(entry));
    }
    close(item, depth);
  }

  /** {@code " either a or b"}, {@code " either a, b or c"}; empty for a known status. */
  private static String either(List<CategoryName> either) {
    if (either.isEmpty()) {
      return "";
    }
    List<String> paths = either.stream().map(CategoryName::path).toList();
    return " either "
        + String.join(", ", paths.subList(0, paths.size() - 1))
        + (paths.size() > 1 ? " or " : "")
        + paths.getLast();
  }

  private void close(Item item, int depth) {
    leadingComments(item.clause(), depth + 1);
    out.closeBlock();
    out.line(depth, "}" + comments.trailing(item));
  }

  private void leadingComments(Object key, int depth) {
    for (Comment comment : comments.leading(key)) {
      if (comments.blankBefore(comment.span().offset())) {
        out.blank();
      }
      out.line(depth, CommentPlacement.text(comment));
    }
  }

  /** Top-level items of different kinds, and blocks, are set apart by a blank line. */
  private static boolean separated(Clause previous, Clause next) {
    return previous.getClass() != next.getClass() || isBlock(previous) || isBlock(next);
  }

  private static boolean isBlock(Clause clause) {
    return clause instanceof Clause.Holdings
        || clause instanceof Clause.Phase
        || clause instanceof Clause.Instrument;
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
