package org.truce.model;

/** What a party wants secured; analyses treat the party as exposed until it holds. */
public record Interest(ClauseRef ref, String party, Condition condition) {}
