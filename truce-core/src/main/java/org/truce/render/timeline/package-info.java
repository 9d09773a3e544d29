/** The timeline as text, Markdown and JSON. */
package org.truce.render.timeline;
