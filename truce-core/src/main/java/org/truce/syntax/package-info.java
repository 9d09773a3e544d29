/**
 * The syntax of {@code .truce} files: the syntax tree (records with spans), the parser with error
 * recovery, and the formatter of {@code truce fmt}.
 */
package org.truce.syntax;
