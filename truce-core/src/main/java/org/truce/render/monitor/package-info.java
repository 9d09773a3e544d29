/**
 * The monitor's status as text for a terminal, JSON for scripts, and a Markdown or HTML report with
 * SVG charts for readers who never saw the tool (docs/monitor.md).
 */
package org.truce.render.monitor;
