package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.List;
import org.truce.model.Category;
import org.truce.model.Condition;
import org.truce.model.Figure;

/**
 * The units a party's interest waits for: the categories its condition asks to be released or
 * counts, broadest first met kept. indefinite-truce asks whether they can stay held for ever.
 */
public final class InterestUnits {
  private InterestUnits() {}

  /** The categories whose release a condition asks for or counts. */
  public static List<Category> of(Condition condition) {
    List<Category> found = new ArrayList<>();
    collect(condition, found);
    return found;
  }

  private static void collect(Condition condition, List<Category> into) {
    switch (condition) {
      case Condition.And a -> {
        collect(a.left(), into);
        collect(a.right(), into);
      }
      case Condition.Or o -> {
        collect(o.left(), into);
        collect(o.right(), into);
      }
      case Condition.Not n -> collect(n.operand(), into);
      case Condition.AllReleased all -> add(all.category(), into);
      case Condition.Compare cmp -> {
        figure(cmp.left(), into);
        figure(cmp.right(), into);
      }
      default -> {}
    }
  }

  private static void figure(Figure f, List<Category> into) {
    if (f instanceof Figure.Released r) {
      add(r.category(), into);
    } else if (f instanceof Figure.Held h) {
      add(h.category(), into);
    }
  }

  private static void add(Category c, List<Category> into) {
    if (into.stream().noneMatch(x -> x.covers(c))) {
      into.removeIf(c::covers);
      into.add(c);
    }
  }
}
