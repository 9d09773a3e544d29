/** Wording and JSON shapes of timeline events. */
package org.truce.render.timeline.internal;
