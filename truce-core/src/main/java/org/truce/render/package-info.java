/**
 * Documents for people: the agreement as Markdown or HTML, and the English phrasing of conditions
 * and schedules that other renderings share.
 */
package org.truce.render;
