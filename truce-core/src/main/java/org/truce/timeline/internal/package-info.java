/** The simulation behind the timeline: one interpreter of a compliant day. */
package org.truce.timeline.internal;
