package org.truce.check.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.check.internal.system.Odometer;

/**
 * Groups are numbered as a map from the other players' answers (with their places) would number
 * them, in the order first met, over every run of a day and over several states in a row.
 */
class GroupNumbersTest {
  @Test
  void numbersGroupsAsAMapOfTheOthersAnswersWould() {
    // A day: points of choice, each asked of a player (0 to 2) with 1 to 4 options.
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 2)).ofSizeBetween(0, 7),
            lists().of(integers().between(1, 4)).ofSize(7),
            integers().between(0, 2))
        .checkAssert(
            (askedOf, options, player) -> {
              GroupNumbers numbers = new GroupNumbers();
              Odometer odometer = new Odometer();
              for (int state = 0; state < 3; state++) {
                numbers.clear();
                Map<List<Integer>, Integer> model = new HashMap<>();
                odometer.reset();
                do {
                  odometer.rewind();
                  List<Integer> key = new ArrayList<>();
                  for (int i = 0; i < askedOf.size(); i++) {
                    int answer = odometer.choose(askedOf.get(i), options.get(i));
                    if (askedOf.get(i) != player) {
                      key.add(i);
                      key.add(answer);
                    }
                  }
                  int expected = model.computeIfAbsent(key, k -> model.size());
                  assertThat(numbers.numberOf(odometer, player)).isEqualTo(expected);
                } while (odometer.advance());
              }
            });
  }
}
