package org.truce.check.internal.system;

import org.truce.model.Requirement;

/**
 * The name of a requirement's analysis: {@code require(ID)} by its clause id, else its label, else
 * {@code require(#N)} by its place among the requirements (the {@code #} keeps a place number from
 * reading as the id of another requirement).
 */
public final class RequirementNames {
  private RequirementNames() {}

  public static String of(Requirement r, int index) {
    return "require(" + r.ref().id().or(() -> r.ref().label()).orElse("#" + (index + 1)) + ")";
  }
}
