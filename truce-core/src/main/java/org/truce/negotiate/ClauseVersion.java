package org.truce.negotiate;

import java.util.Optional;
import org.truce.model.ClauseRef;

/**
 * One clause as it stands in one text.
 *
 * @param ref its tag, if any
 * @param kind what it is, in the user's words: {@code release}, {@code exchange ratio}, {@code
 *     phase}...
 * @param phase the phase it belongs to (for a phase, its own name); empty at the top level
 * @param text the clause as written in the language, on one line and without its tag (for a phase,
 *     its opening line: duration, beginning and end)
 * @param element the model record it was read from (a {@code Phase}, {@code PhaseClause}, {@code
 *     Requirement}, {@code Conclusion} or {@code Interest}), the very instance, since a {@code
 *     SourceMap} finds elements by identity
 */
public record ClauseVersion(
    ClauseRef ref, String kind, Optional<String> phase, String text, Object element) {}
