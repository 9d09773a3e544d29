package org.truce.negotiate;

import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.Holdings;

/**
 * One line of a holdings block added, removed or changed (count, bound or description); lines are
 * matched by holder and category. The entries are the model's, for the source maps.
 */
public record HoldingChange(
    Change change,
    String holder,
    Category category,
    Optional<Holdings.Entry> before,
    Optional<Holdings.Entry> after) {}
