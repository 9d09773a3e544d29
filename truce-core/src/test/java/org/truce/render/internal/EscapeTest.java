package org.truce.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void markdownEscapesWhatCouldStartMarkup() {
    assertThat(Escape.markdown("a|b *c* _d_ [e](f) <g> #h &i; ~~j~~ `k` \\"))
        .isEqualTo(
            "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\#h \\&i; \\~\\~j\\~\\~ \\`k\\` \\\\");
  }

  @Test
  void underscoresInsideWordsStayAsTheyAre() {
    assertThat(Escape.markdown("hostage.woman_or_child")).isEqualTo("hostage.woman_or_child");
    assertThat(Escape.markdown("_lead trail_ a__b")).isEqualTo("\\_lead trail\\_ a\\_\\_b");
  }

  @Test
  void codeSpansChooseAFenceLongerThanAnyBacktickRun() {
    assertThat(Escape.markdownCode("one", false)).isEqualTo("`one`");
    assertThat(Escape.markdownCode("a`b", false)).isEqualTo("``a`b``");
    assertThat(Escape.markdownCode("`a", false)).isEqualTo("`` `a ``");
    assertThat(Escape.markdownCode("a|b", true)).isEqualTo("`a\\|b`");
    assertThat(Escape.markdownCode("a|b", false)).isEqualTo("`a|b`");
  }

  @Test
  void htmlEscapesMarkupAndReplacesWhatXmlForbids() {
    assertThat(Escape.html("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    assertThat(Escape.html("a\u0000b\u001Fc\uFFFE")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
    assertThat(Escape.html("\uD83D\uDE00 \uD83D")).isEqualTo("\uD83D\uDE00 \uFFFD");
  }

  @Test
  void markdownEscapingLosesNothingButLineBreaks() {
    qt().withExamples(500)
        .forAll(strings().betweenCodePoints(0, 0x7F).ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              String escaped = Escape.markdown(text);
              assertThat(escaped).doesNotContain("\n").doesNotContain("\r");
              assertThat(unescape(escaped))
                  .isEqualTo(text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
            });
  }

  /** CommonMark's reading of backslash escapes: a backslash before punctuation is dropped. */
  private static String unescape(String escaped) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && i + 1 < escaped.length()) {
        char next = escaped.charAt(i + 1);
        if (next < 128 && !Character.isLetterOrDigit(next) && next > ' ') {
          out.append(next);
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
