package org.truce.render.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.ClauseRef;

/** How a witness cites a clause: {@code (art. 1.6, line 14)}, or its label when it has no id. */
final class Citation {
  private Citation() {}

  static String of(ClauseRef ref, Optional<Integer> line) {
    List<String> parts = new ArrayList<>();
    if (ref.id().isPresent()) {
      parts.add("art. " + ref.id().get());
    } else {
      ref.label().ifPresent(label -> parts.add("\"" + label + "\""));
    }
    line.ifPresent(l -> parts.add("line " + l));
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }
}
