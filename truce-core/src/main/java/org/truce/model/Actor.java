package org.truce.model;

import java.util.List;
import org.truce.vocabulary.Role;

/** A party, mediator, guarantor or endorser; one actor may hold several non-party roles. */
public record Actor(ClauseRef ref, String name, String fullName, List<Role> roles) {
  public Actor {
    roles = List.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
