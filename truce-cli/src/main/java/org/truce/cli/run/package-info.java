/**
 * One runner per command (HOUSE-STYLE 12): it takes the command's immutable options record and the
 * streams, does the work and returns the exit code. The picocli classes in {@code org.truce.cli}
 * only parse arguments into the options; tests call the runners directly.
 */
package org.truce.cli.run;
