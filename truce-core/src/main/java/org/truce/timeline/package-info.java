/**
 * The compliant timeline: what happens each day when every party keeps the text, built by {@link
 * org.truce.timeline.TimelineBuilder}. The checker and the monitor agree with it.
 */
package org.truce.timeline;
