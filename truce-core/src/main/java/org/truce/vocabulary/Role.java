package org.truce.vocabulary;

/** The roles an actor may hold: {@code mediator, guarantor us "United States"}. */
public enum Role {
  PARTY,
  MEDIATOR,
  GUARANTOR,
  ENDORSER
}
