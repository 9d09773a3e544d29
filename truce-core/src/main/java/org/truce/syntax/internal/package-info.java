/** Lexer and recursive-descent parser; reached only through {@link org.truce.syntax.Parser}. */
package org.truce.syntax.internal;
