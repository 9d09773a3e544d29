/** Renders the checker's results: plain text for a terminal, and the JSON form for tools. */
package org.truce.render.check;
