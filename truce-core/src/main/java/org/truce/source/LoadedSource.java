package org.truce.source;

import java.util.Optional;

/**
 * The result of reading an input file: its text, or the diagnostic that says why it cannot be read.
 * {@code source} is always present so that the diagnostic can be rendered against it (it is empty
 * text when the file could not be decoded).
 */
public record LoadedSource(SourceText source, Optional<Diagnostic> problem) {
  public boolean ok() {
    return problem.isEmpty();
  }
}
