package org.truce.testing;

import java.util.List;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.Holdings;
import org.truce.vocabulary.Bound;

/**
 * A line whose status is unknown at signing for a generated holder (docs/semantics.md "Status
 * unknown at signing"): {@code ROOT.unknown N either ROOT.alive or ROOT.deceased}, few units so
 * that the splits a release reveals stay few. Its categories are below the holder's own root, so no
 * other holder holds them (E193), apart from the line's (E192) and from the generated leaves (so
 * that the amounts the generator keeps for its lines stay what validation reads).
 */
final class GeneratedUnknownStatus {
  private GeneratedUnknownStatus() {}

  static Optional<Holdings.Entry> of(Dice dice, String root) {
    if (!dice.chance(20)) {
      return Optional.empty();
    }
    List<Category> either =
        dice.chance(80)
            ? List.of(new Category(root + ".alive"), new Category(root + ".deceased"))
            : List.of(
                new Category(root + ".alive"),
                new Category(root + ".deceased"),
                new Category(root + ".missing"));
    return Optional.of(
        new Holdings.Entry(
            new Category(root + ".unknown"),
            dice.oneOf(List.of(Bound.values())),
            dice.between(1, 6),
            dice.maybe(30, dice::text),
            either));
  }
}
