package org.truce.model.internal;

import org.truce.model.Category;
import org.truce.syntax.CategoryName;

/** Category helpers shared by the checks. */
public final class Categories {
  /** Stands in for a category the parser could not read, so that lowering never throws. */
  static final Category MALFORMED = new Category("?");

  private Categories() {}

  public static Category of(CategoryName name) {
    boolean wellFormed =
        !name.segments().isEmpty() && name.segments().stream().noneMatch(String::isEmpty);
    return wellFormed ? new Category(name.path()) : MALFORMED;
  }

  /** True when one covers the other: units of one may be units of the other. */
  public static boolean related(Category a, Category b) {
    return a.covers(b) || b.covers(a);
  }
}
