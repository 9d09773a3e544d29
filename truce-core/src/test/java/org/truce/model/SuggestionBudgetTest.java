package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;

/**
 * Issue 16, item 5: every unknown name is reported, but only the first 100 get a "did you mean", so
 * that thousands of misspelt references cost time linear in the text (each search compares a name
 * with up to a thousand declared ones). An operation count, not a time.
 */
class SuggestionBudgetTest {
  @Test
  void theFirstHundredUnknownNamesGetSuggestionsAndEveryOneIsReported() {
    StringBuilder text = new StringBuilder("agreement \"Typos\"\n");
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      text.append("party party_number_").append(i).append(" \"P\"\n");
      body.append("  party_numbr_").append(i).append(" undertakes \"hold\"\n");
    }
    text.append("phase one \"One\" lasts 4 days {\n  hostilities paused\n")
        .append(body)
        .append("}\n");
    ModelResult result = ModelBuilder.load(new SourceText("typos.truce", text.toString()));
    List<Diagnostic> unknown =
        result.diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.UNKNOWN_PARTY)
            .toList();
    assertThat(unknown).hasSize(150);
    assertThat(unknown.stream().filter(d -> !d.suggestions().isEmpty())).hasSize(100);
    assertThat(unknown.getFirst().suggestions()).startsWith("party_number_0");
  }
}
