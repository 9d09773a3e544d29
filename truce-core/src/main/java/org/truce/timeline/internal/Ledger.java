package org.truce.timeline.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.Holdings;
import org.truce.timeline.Timeline.Tally;
import org.truce.timeline.TimelineEvent.Part;

/**
 * Who holds what, and who has released what so far. A release of a category draws from the holder's
 * categories it covers in declaration order, then from a broader held category that covers it; it
 * never draws more than is held.
 */
final class Ledger {
  private final List<Slot> slots = new ArrayList<>();
  private final Map<Key, Long> released = new LinkedHashMap<>();
  private long releases;

  Ledger(List<Holdings> holdings) {
    for (Holdings block : holdings) {
      for (Holdings.Entry entry : block.entries()) {
        slots.add(new Slot(block.holder(), entry.category(), entry.count(), entry.either()));
        released.put(new Key(block.holder(), entry.category()), 0L);
      }
    }
  }

  /** How many releases were made so far: the ledger changes only through them. */
  long releases() {
    return releases;
  }

  /** Units {@code party} holds that a release of {@code category} may draw from. */
  long available(String party, Category category) {
    return drawOrder(party, category).stream().mapToLong(slot -> slot.held).sum();
  }

  /** Draws up to {@code amount} units; returns what was drawn per held category. */
  List<Part> release(String party, Category category, long amount) {
    releases++;
    List<Part> parts = new ArrayList<>();
    long left = amount;
    for (Slot slot : drawOrder(party, category)) {
      if (left == 0) {
        break;
      }
      long take = Math.min(left, slot.held);
      if (take == 0) {
        continue;
      }
      slot.held -= take;
      left -= take;
      // Units drawn from a broader held category are counted under the narrower name released.
      Category counted = category.covers(slot.category) ? slot.category : category;
      released.merge(new Key(party, counted), take, Long::sum);
      parts.add(new Part(counted, take));
    }
    return parts;
  }

  /**
   * The most units of {@code category} still held: the lines at or below it, plus what is left on
   * the lines above it, whose units may all be of this category (the model builder's rule). So
   * {@code all hostage.living released} waits until a line {@code hostage} is empty too.
   */
  long held(Category category, Optional<String> by) {
    return slots.stream()
        .filter(s -> by.map(s.holder::equals).orElse(true))
        .filter(
            s ->
                category.covers(s.category)
                    || s.category.covers(category)
                    || s.either.stream().anyMatch(category::covers))
        .mapToLong(s -> s.held)
        .sum();
  }

  /**
   * The categories the units of {@code party}'s line {@code line} may turn out to be of, when its
   * status is unknown at signing; empty otherwise. The timeline counts such units under the line's
   * own category: it does not choose what they turn out to be.
   */
  List<Category> either(String party, Category line) {
    return slots.stream()
        .filter(s -> s.holder.equals(party) && s.category.equals(line))
        .findFirst()
        .map(s -> s.either)
        .orElse(List.of());
  }

  /**
   * Units released under {@code category} or a category below it, as counted by {@link #release}.
   */
  long released(Category category, Optional<String> by) {
    return released.entrySet().stream()
        .filter(e -> by.map(e.getKey().party()::equals).orElse(true))
        .filter(e -> category.covers(e.getKey().category()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** The first holder, in declaration order, who still holds some of the category. */
  Optional<String> holderOf(Category category) {
    return slots.stream()
        .filter(s -> s.held > 0 && (category.covers(s.category) || s.category.covers(category)))
        .map(s -> s.holder)
        .findFirst();
  }

  List<Tally> releasedTallies() {
    List<Tally> tallies = new ArrayList<>();
    released.forEach((key, count) -> tallies.add(new Tally(key.party(), key.category(), count)));
    return tallies;
  }

  List<Tally> heldTallies() {
    return slots.stream().map(s -> new Tally(s.holder, s.category, s.held)).toList();
  }

  private List<Slot> drawOrder(String party, Category category) {
    List<Slot> order = new ArrayList<>();
    for (Slot slot : slots) {
      if (slot.holder.equals(party) && category.covers(slot.category)) {
        order.add(slot);
      }
    }
    for (Slot slot : slots) {
      if (slot.holder.equals(party)
          && slot.category.covers(category)
          && !category.covers(slot.category)) {
        order.add(slot);
      }
    }
    return order;
  }

  private record Key(String party, Category category) {}

  private static final class Slot {
    private final String holder;
    private final Category category;
    private final List<Category> either;
    private long held;

    private Slot(String holder, Category category, long held, List<Category> either) {
      this.holder = holder;
      this.category = category;
      this.held = held;
      this.either = either;
    }
  }
}
