package org.truce.negotiate;

import java.util.Optional;

/**
 * A number of a clause that moved, under a short name such as {@code per unit} or {@code by day}; a
 * side is empty where the clause has no such number (a release of all that remains has no count).
 */
public record NumberChange(String name, Optional<Long> before, Optional<Long> after) {}
