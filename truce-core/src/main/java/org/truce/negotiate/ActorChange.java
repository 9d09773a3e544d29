package org.truce.negotiate;

import java.util.Optional;
import org.truce.model.Actor;

/**
 * An actor added, removed, or whose roles or full name changed; actors are matched by name. The
 * model records are kept as they are, so that each side's source map can locate them.
 */
public record ActorChange(
    Change change, String name, Optional<Actor> before, Optional<Actor> after) {}
