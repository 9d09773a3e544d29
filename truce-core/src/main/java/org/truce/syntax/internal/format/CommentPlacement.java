package org.truce.syntax.internal.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.source.SourceText;
import org.truce.syntax.Comment;

/**
 * Where each comment goes in the formatted text. Tree nodes are keys by identity. A comment before
 * a node (on its own line, or inside a clause that spans lines) is printed on its own line before
 * the node; a comment that ends the node's last line stays at the end of that line; comments before
 * a closing brace or at the end of the file stay there. Also answers whether the source had a blank
 * line before an offset, so that authors' groups of clauses are kept.
 *
 * <p>Nodes must be visited in source order; each visit takes the comments up to that point.
 */
final class CommentPlacement {
  private final Optional<SourceText> source;
  private final List<Comment> comments;
  private final Map<Object, List<Comment>> leading = new IdentityHashMap<>();
  private final Map<Object, Comment> trailing = new IdentityHashMap<>();
  private int next;

  private CommentPlacement(Optional<SourceText> source, List<Comment> comments) {
    this.source = source;
    this.comments =
        comments.stream().sorted(Comparator.comparingInt(c -> c.span().offset())).toList();
  }

  static CommentPlacement none() {
    return new CommentPlacement(Optional.empty(), List.of());
  }

  static CommentPlacement of(SourceText source, List<Comment> comments) {
    return new CommentPlacement(Optional.of(source), comments);
  }

  /** Gives {@code key} every comment not yet placed that starts before {@code offset}. */
  void takeLeading(Object key, int offset) {
    List<Comment> taken = new ArrayList<>();
    while (next < comments.size() && comments.get(next).span().offset() < offset) {
      taken.add(comments.get(next++));
    }
    if (!taken.isEmpty()) {
      leading.put(key, taken);
    }
  }

  /**
   * Gives {@code key} the next comment if only spaces and {@code ;} separate it from {@code end},
   * the end of the node's last line.
   */
  void takeTrailing(Object key, int end) {
    if (next >= comments.size() || source.isEmpty()) {
      return;
    }
    Comment candidate = comments.get(next);
    String text = source.get().text();
    for (int i = end; i < candidate.span().offset(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != ';') {
        return;
      }
    }
    trailing.put(key, candidate);
    next++;
  }

  List<Comment> leading(Object key) {
    return leading.getOrDefault(key, List.of());
  }

  /** The trailing comment of {@code key} as printed after its line, or the empty string. */
  String trailing(Object key) {
    Comment comment = trailing.get(key);
    return comment == null ? "" : " " + text(comment);
  }

  static String text(Comment comment) {
    return ("#" + comment.text()).stripTrailing();
  }

  /** True when the source had an empty line just before {@code offset}. */
  boolean blankBefore(int offset) {
    if (source.isEmpty()) {
      return false;
    }
    String text = source.get().text();
    int newlines = 0;
    for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        newlines++;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        break;
      }
    }
    return newlines >= 2;
  }

  /**
   * The offset of the first {@code {} at or after {@code from} outside comments: the opening brace
   * of a block, whose position the tree does not keep.
   */
  int openingBrace(int from) {
    if (source.isEmpty()) {
      return from;
    }
    String text = source.get().text();
    int i = from;
    int c = next;
    while (i < text.length()) {
      while (c < comments.size() && comments.get(c).span().end() <= i) {
        c++;
      }
      if (c < comments.size() && comments.get(c).span().offset() <= i) {
        i = comments.get(c).span().end();
        continue;
      }
      if (text.charAt(i) == '{') {
        return i;
      }
      i++;
    }
    return from;
  }
}
