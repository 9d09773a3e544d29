package org.truce.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quicktheories.core.RandomnessSource;

/**
 * The random primitives of {@link AgreementGenerator}: numbers, choices, optional and repeated
 * draws, and awkward texts, all drawn from QuickTheories' source so that failures shrink and
 * replay.
 */
final class Dice {
  private static final List<String> TEXT_PIECES =
      List.of(
          "a", "b", "Z", " ", " ", "\"", "\\", "\n", "é", "ß", "中", "—", "🕊", "'", "#", ";", "{",
          "1");

  private final RandomnessSource in;

  Dice(RandomnessSource in) {
    this.in = in;
  }

  int between(int low, int high) {
    return integers().between(low, high).generate(in);
  }

  boolean chance(int percent) {
    return between(1, 100) <= percent;
  }

  <T> T oneOf(List<T> options) {
    return options.get(between(0, options.size() - 1));
  }

  <T> Optional<T> maybe(int percent, Supplier<T> value) {
    return chance(percent) ? Optional.of(value.get()) : Optional.empty();
  }

  /** {@code count} distinct elements of {@code options}, in random order. */
  <T> List<T> pick(List<T> options, int count) {
    List<T> pool = new ArrayList<>(options);
    List<T> chosen = new ArrayList<>();
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      chosen.add(pool.remove(between(0, pool.size() - 1)));
    }
    return chosen;
  }

  <T> List<T> repeat(int low, int high, Supplier<T> one) {
    List<T> all = new ArrayList<>();
    int count = between(low, high);
    for (int i = 0; i < count; i++) {
      all.add(one.get());
    }
    return all;
  }

  /** A non-blank text that starts and ends with a letter and has awkward characters inside. */
  String text() {
    StringBuilder out = new StringBuilder("T");
    int length = between(0, 10);
    for (int i = 0; i < length; i++) {
      out.append(oneOf(TEXT_PIECES));
    }
    return out.append('e').toString();
  }
}
