package org.truce.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void markdownEscapesWhatCouldStartMarkup() {
    assertThat(Markup.markdown("a|b *c* _d_ [e](f) <g> #h &i; ~~j~~ `k` \\"))
        .isEqualTo(
            "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\#h \\&i; \\~\\~j\\~\\~ \\`k\\` \\\\");
  }

  @Test
  void textThatStartsALineCannotOpenABlock() {
    assertThat(Markup.markdownBlock("- item")).isEqualTo("\\- item");
    assertThat(Markup.markdownBlock("+ item")).isEqualTo("\\+ item");
    assertThat(Markup.markdownBlock("===")).isEqualTo("\\===");
    assertThat(Markup.markdownBlock("12. item")).isEqualTo("12\\. item");
    assertThat(Markup.markdownBlock("3) item")).isEqualTo("3\\) item");
    assertThat(Markup.markdownBlock("    code")).isEqualTo("code");
    assertThat(Markup.markdownBlock("12 items. 3 more")).isEqualTo("12 items. 3 more");
    assertThat(Markup.markdown("- inside a line")).isEqualTo("- inside a line");
  }

  @Test
  void underscoresInsideWordsStayAsTheyAre() {
    assertThat(Markup.markdown("hostage.woman_or_child")).isEqualTo("hostage.woman_or_child");
    assertThat(Markup.markdown("_lead trail_ a__b")).isEqualTo("\\_lead trail\\_ a\\_\\_b");
  }

  @Test
  void codeSpansChooseAFenceLongerThanAnyBacktickRun() {
    assertThat(Markup.markdownCode("one", false)).isEqualTo("`one`");
    assertThat(Markup.markdownCode("a`b", false)).isEqualTo("``a`b``");
    assertThat(Markup.markdownCode("`a", false)).isEqualTo("`` `a ``");
    assertThat(Markup.markdownCode("a|b", true)).isEqualTo("`a\\|b`");
    assertThat(Markup.markdownCode("a|b", false)).isEqualTo("`a|b`");
  }

  @Test
  void htmlEscapesMarkupAndReplacesWhatXmlForbids() {
    assertThat(Markup.html("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    assertThat(Markup.html("a\u0000b\u001Fc\uFFFE")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
    assertThat(Markup.html("\uD83D\uDE00 \uD83D")).isEqualTo("\uD83D\uDE00 \uFFFD");
  }

  @Test
  void markdownEscapingLosesNothingButLineBreaks() {
    qt().withExamples(500)
        .forAll(strings().betweenCodePoints(0, 0x7F).ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              String escaped = Markup.markdown(text);
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
