package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads truce's Markdown as a real CommonMark + GFM tables parser does, so that tests can check
 * what a reader's viewer will show: which nodes exist, and the text they hold.
 */
public final class CommonMark {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private CommonMark() {}

  public static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /** The nodes that would let user text act: links, images and HTML of any kind. */
  public static List<Node> activeNodes(Node root) {
    List<Node> found = new ArrayList<>();
    found.addAll(all(root, Link.class));
    found.addAll(all(root, Image.class));
    found.addAll(all(root, HtmlInline.class));
    found.addAll(all(root, HtmlBlock.class));
    return found;
  }

  /** The text a reader sees in {@code node}: its text and code literals, in order. */
  public static String textOf(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }
        });
    return out.toString();
  }

  /** Every node of {@code type} under {@code root}, in document order. */
  public static <T extends Node> List<T> all(Node root, Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(root, type, found);
    return found;
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, type, found);
    }
  }
}
