package org.truce.negotiate.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.negotiate.ActorChange;
import org.truce.negotiate.Change;

/**
 * Actors matched by name (names are unique in a text): those added, removed, or whose roles or full
 * name changed, in the order of the new text with the removed ones last.
 */
public final class ActorComparison {
  private ActorComparison() {}

  public static List<ActorChange> compare(List<Actor> olds, List<Actor> news) {
    Map<String, Actor> left = new LinkedHashMap<>();
    olds.forEach(actor -> left.put(actor.name(), actor));
    List<ActorChange> out = new ArrayList<>();
    for (Actor now : news) {
      Optional<Actor> old = Optional.ofNullable(left.remove(now.name()));
      if (old.isEmpty()) {
        out.add(new ActorChange(Change.ADDED, now.name(), old, Optional.of(now)));
      } else if (!old.get().roles().equals(now.roles())
          || !old.get().fullName().equals(now.fullName())) {
        out.add(new ActorChange(Change.CHANGED, now.name(), old, Optional.of(now)));
      }
    }
    left.values()
        .forEach(
            old ->
                out.add(
                    new ActorChange(
                        Change.REMOVED, old.name(), Optional.of(old), Optional.empty())));
    return out;
  }
}
