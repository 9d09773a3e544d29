/** The document model, its builder, the writers and escaping. */
package org.truce.render.internal;
