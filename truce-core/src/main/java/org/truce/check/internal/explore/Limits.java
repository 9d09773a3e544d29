package org.truce.check.internal.explore;

import java.time.Duration;
import org.truce.check.CheckOptions.Progress;

/**
 * How far a search may go: a number of states and a time (and, always, a share of the heap); past
 * any of them the search stops and its results are inconclusive. {@code progress} is told now and
 * then how far it has come; {@code threads} compute successors in parallel.
 */
public record Limits(long maxStates, Duration timeout, Progress progress, int threads) {}
