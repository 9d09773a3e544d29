package org.truce.cli.run;

/** The formats of {@code truce render --format}. */
public enum RenderFormat {
  /** Markdown (CommonMark with pipe tables). */
  MD,
  /** One self-contained HTML page. */
  HTML
}
