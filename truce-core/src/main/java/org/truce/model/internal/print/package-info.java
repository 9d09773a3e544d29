/** Conversion of a model back to a syntax tree for printing. */
package org.truce.model.internal.print;
