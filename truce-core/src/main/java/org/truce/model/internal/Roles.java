package org.truce.model.internal;

import java.util.List;
import java.util.Set;
import org.truce.vocabulary.Role;

/** How roles are written in messages. */
public final class Roles {
  private Roles() {}

  /** The keywords as declared: {@code mediator, guarantor}. */
  public static String keywords(Set<Role> roles) {
    return String.join(", ", roles.stream().sorted().map(ExprText::word).toList());
  }

  /** As a noun phrase: {@code a party}, {@code an endorser}, {@code a mediator and guarantor}. */
  public static String describe(Set<Role> roles) {
    List<String> words = roles.stream().sorted().map(ExprText::word).toList();
    if (words.isEmpty()) {
      return "declared without a role";
    }
    String joined =
        words.size() == 1
            ? words.getFirst()
            : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    return (joined.startsWith("e") ? "an " : "a ") + joined;
  }
}
