package org.truce.model;

import java.util.Optional;
import org.truce.vocabulary.RequirementKind;

/** A property the user asks the checker to prove: always, never, or eventually (within N days). */
public record Requirement(
    ClauseRef ref, RequirementKind kind, Condition condition, Optional<Long> withinDays) {}
