package org.truce.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable form of a diagnostic ({@code --error-format json}): plain maps and lists, so
 * that any JSON writer can print them. Lines and columns are 1-based; the end is exclusive. They
 * are absent for a diagnostic about a file as a whole, whose text is empty.
 */
public final class DiagnosticJson {
  private DiagnosticJson() {}

  public static Map<String, Object> toMap(SourceText source, Diagnostic d) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("file", source.name());
    if (!source.text().isEmpty()) {
      // A diagnostic about a file as a whole (unreadable, empty, unwritable) has no position.
      map.put("line", source.line(d.span().offset()));
      map.put("column", source.column(d.span().offset()));
      map.put("endLine", source.line(d.span().end()));
      map.put("endColumn", source.column(d.span().end()));
    }
    map.put("severity", d.severity().label());
    map.put("code", d.code().id());
    map.put("message", d.message());
    d.hint().ifPresent(hint -> map.put("hint", hint));
    if (!d.suggestions().isEmpty()) {
      map.put("suggestions", d.suggestions());
    }
    return map;
  }

  public static List<Map<String, Object>> toMaps(SourceText source, List<Diagnostic> ds) {
    return ds.stream().map(d -> toMap(source, d)).toList();
  }
}
