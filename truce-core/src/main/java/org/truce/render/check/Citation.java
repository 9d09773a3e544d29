package org.truce.render.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.ClauseRef;

/**
 * How a witness cites a clause: {@code (art. 1.6, line 14)}, or its label when it has no id; a
 * clause of an instrument names it: {@code (art. L.1 of instrument letter, line 23)}.
 */
final class Citation {
  private Citation() {}

  static String of(ClauseRef ref, Optional<Integer> line) {
    List<String> parts = new ArrayList<>();
    if (ref.id().isPresent()) {
      parts.add("art. " + ref.id().get());
    } else {
      ref.label().ifPresent(label -> parts.add("\"" + label + "\""));
    }
    ref.instrument()
        .ifPresent(
            i -> {
              if (parts.isEmpty()) {
                parts.add("instrument " + i);
              } else {
                parts.set(0, parts.getFirst() + " of instrument " + i);
              }
            });
    line.ifPresent(l -> parts.add("line " + l));
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }
}
