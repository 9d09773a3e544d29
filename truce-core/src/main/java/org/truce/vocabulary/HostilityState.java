package org.truce.vocabulary;

/** The state of hostilities: {@code hostilities paused}. */
public enum HostilityState {
  ACTIVE,
  PAUSED,
  ENDED
}
