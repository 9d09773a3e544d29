package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.SubQuota;

/**
 * Sub-quotas for a generated delivery (docs/semantics.md, "Sub-quotas"): none, or up to two
 * categories below the delivery's whose floors add up to at most its amount, and perhaps a
 * qualifier in words no larger than the amount (so that the text is free of E185, E186 and E188).
 */
final class GeneratedSubQuotas {
  private static final List<String> KINDS = List.of("fuel", "north", "medical");

  private GeneratedSubQuotas() {}

  static List<SubQuota> of(Dice dice, long amount, Category what) {
    List<SubQuota> parts = new ArrayList<>();
    if (!dice.chance(30)) {
      return parts;
    }
    long left = amount;
    for (String kind : dice.pick(KINDS, dice.between(0, 2))) {
      if (left < 1) {
        break;
      }
      long part = dice.between(1, (int) Math.min(left, 1000));
      left -= part;
      parts.add(
          new SubQuota(
              part, Optional.of(new Category(what.path() + "." + kind)), Optional.empty()));
    }
    if (parts.isEmpty() || dice.chance(40)) {
      long part = dice.between(1, (int) Math.min(amount, 1000));
      parts.add(new SubQuota(part, Optional.empty(), Optional.of(dice.text())));
    }
    return parts;
  }
}
