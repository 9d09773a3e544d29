/**
 * The words of the language that every stage shares: states of hostilities, talks and phases,
 * roles, rights, comparison operators, units of time. Small enums with no dependencies, below
 * {@code syntax} and {@code model} (as cel-java's {@code common}); their constant names and labels
 * are user-visible in JSON and text, so they do not change.
 */
package org.truce.vocabulary;
