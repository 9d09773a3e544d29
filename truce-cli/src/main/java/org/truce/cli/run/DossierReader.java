package org.truce.cli.run;

/** The readers of a dossier, one command each (docs/cli.md). */
public enum DossierReader {
  VERSIONS,
  POSITIONS,
  STICKING_POINTS,
  CHRONOLOGY,
  SOURCES
}
