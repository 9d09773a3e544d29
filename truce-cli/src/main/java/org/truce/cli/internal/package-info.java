/** Helpers shared by the command runners: input, output and diagnostics plumbing. */
package org.truce.cli.internal;
