package org.truce.render;

import java.util.List;
import java.util.Optional;
import org.truce.check.baseline.Acceptance;
import org.truce.model.Agreement;
import org.truce.model.SourceMap;
import org.truce.render.internal.Doc;
import org.truce.render.internal.DocBuilder;
import org.truce.render.internal.HtmlWriter;
import org.truce.render.internal.MarkdownWriter;

/**
 * Renders an agreement as a document a mediator can circulate: a title block, Article 1 the parties
 * and their roles, Article 2 the holdings, one article per phase with each clause as a numbered
 * paragraph (showing its clause id and label when tagged) and batch schedules as tables, then the
 * rights, assurances and the conclusion; after the articles, an annex for analysts with the
 * interests and {@code require} properties, and one of the accepted findings when a baseline is
 * given. The wording describes what the text says; see docs/render.md.
 *
 * <p>The same model always gives the same bytes. With a {@link SourceMap} the document also names
 * the source file, and the HTML marks each paragraph with the line of its clause.
 */
public final class AgreementRenderer {
  /** The output formats. */
  public enum Format {
    /** CommonMark with GFM pipe tables. */
    MARKDOWN,
    /** One self-contained HTML5 page that is also well-formed XML. */
    HTML
  }

  private AgreementRenderer() {}

  public static String markdown(Agreement agreement) {
    return render(agreement, Optional.empty(), Format.MARKDOWN);
  }

  public static String html(Agreement agreement) {
    return render(agreement, Optional.empty(), Format.HTML);
  }

  public static String render(Agreement agreement, Optional<SourceMap> sourceMap, Format format) {
    return render(agreement, sourceMap, format, List.of(), "");
  }

  /**
   * With an annex listing the findings the drafters accept, as read from the baseline named {@code
   * baselineName} (docs/decisions/0016-accepted-findings.md).
   */
  public static String render(
      Agreement agreement,
      Optional<SourceMap> sourceMap,
      Format format,
      List<Acceptance> accepted,
      String baselineName) {
    Doc doc = DocBuilder.build(agreement, sourceMap, accepted, baselineName);
    return switch (format) {
      case MARKDOWN -> MarkdownWriter.write(doc);
      case HTML -> HtmlWriter.write(doc);
    };
  }
}
