/**
 * The resolved, validated meaning of an agreement: immutable records without source positions,
 * built by {@link org.truce.model.ModelBuilder} and printed back by {@link
 * org.truce.model.ModelPrinter}.
 */
package org.truce.model;
