/**
 * The canonical layout and comment placement; reached only through {@link
 * org.truce.syntax.Formatter}.
 */
package org.truce.syntax.internal.format;
