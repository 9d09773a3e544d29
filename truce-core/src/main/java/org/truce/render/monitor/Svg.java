package org.truce.render.monitor;

import java.util.Locale;
import org.truce.table.Markup;

/**
 * A small SVG chart over days 1 to {@code lastDay} and counts 0 to a rounded maximum: axes with
 * ticks, then step lines or paired bars, then a legend. Text is escaped; sizes are fixed so that
 * the chart reads the same in every browser and in print.
 */
final class Svg {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 300;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 64;

  private final StringBuilder out = new StringBuilder();
  private final StringBuilder legend = new StringBuilder();
  private final long lastDay;
  private final long top;
  private int legendItems;

  Svg(String title, String description, long lastDay, long maximum) {
    this.lastDay = Math.max(1, lastDay);
    this.top = niceTop(Math.max(1, maximum));
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    out.append("<title>").append(Markup.html(title)).append("</title>\n");
    out.append("<desc>").append(Markup.html(description)).append("</desc>\n");
    axes();
  }

  private void axes() {
    int x0 = LEFT;
    int y0 = HEIGHT - BOTTOM;
    line(x0, TOP, x0, y0, "#000000");
    line(x0, y0, WIDTH - RIGHT, y0, "#000000");
    for (int i = 0; i <= 4; i++) {
      long value = top * i / 4;
      double y = y(value);
      line(x0 - 4, y, WIDTH - RIGHT, y, "#dddddd");
      text(x0 - 6, y + 4, String.valueOf(value), "end");
    }
    long step = Math.max(1, lastDay / 14);
    for (long day = 1; day <= lastDay; day += step) {
      text(xMid(day), y0 + 16, String.valueOf(day), "middle");
    }
    text((LEFT + WIDTH - RIGHT) / 2.0, y0 + 32, "day of the agreement", "middle");
  }

  /** A step line through the cumulative values of days 1 to lastDay. */
  void steps(long[] values, String label, String colour, boolean dashed) {
    StringBuilder points = new StringBuilder();
    for (long day = 1; day <= lastDay; day++) {
      double y = y(values[(int) day]);
      points.append(fmt(x(day - 1))).append(',').append(fmt(y)).append(' ');
      points.append(fmt(x(day))).append(',').append(fmt(y)).append(' ');
    }
    out.append("<polyline fill=\"none\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"2\"")
        .append(dashed ? " stroke-dasharray=\"6 4\"" : "")
        .append(" points=\"")
        .append(points.toString().strip())
        .append("\"/>\n");
    legend(label, colour, dashed);
  }

  /** For each day, an outlined bar for {@code expected} and a filled one for {@code actual}. */
  void bars(long[] expected, long[] actual, String expectedLabel, String actualLabel) {
    double band = (x(1) - x(0)) / 2.0 - 2;
    for (long day = 1; day <= lastDay; day++) {
      double left = x(day - 1) + 2;
      rect(left, expected[(int) day], band, "none", "#444444");
      rect(left + band, actual[(int) day], band, "#1f5fa8", "#1f5fa8");
      if (actual[(int) day] != expected[(int) day]) {
        text(
            left + band * 1.5,
            y(actual[(int) day]) - 4,
            String.valueOf(actual[(int) day]),
            "middle");
      }
    }
    swatch(expectedLabel, "none", "#444444");
    swatch(actualLabel, "#1f5fa8", "#1f5fa8");
  }

  String finish() {
    out.append(legend);
    out.append("</svg>\n");
    return out.toString();
  }

  private void rect(double left, long value, double width, String fill, String stroke) {
    if (value == 0) {
      return; // nothing to draw: a day with no batch
    }
    double y = y(value);
    out.append("<rect x=\"")
        .append(fmt(left))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" width=\"")
        .append(fmt(Math.max(1, width)))
        .append("\" height=\"")
        .append(fmt(y(0) - y))
        .append("\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\"/>\n");
  }

  private void legend(String label, String colour, boolean dashed) {
    double y = HEIGHT - 12;
    double x = LEFT + legendItems * 220;
    legend
        .append("<line x1=\"")
        .append(fmt(x))
        .append("\" y1=\"")
        .append(fmt(y - 4))
        .append("\" x2=\"")
        .append(fmt(x + 24))
        .append("\" y2=\"")
        .append(fmt(y - 4))
        .append("\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"2\"")
        .append(dashed ? " stroke-dasharray=\"6 4\"" : "")
        .append("/>\n");
    legendLabel(x, y, label);
  }

  /** The label of a legend entry, after its marker; the next entry goes to its right. */
  private void legendLabel(double x, double y, String label) {
    legend
        .append("<text x=\"")
        .append(fmt(x + 30))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\">")
        .append(Markup.html(label))
        .append("</text>\n");
    legendItems++;
  }

  /** A legend entry with no marker: what the chart does not draw, and why. */
  void note(String label) {
    legendLabel(LEFT + legendItems * 220 - 30, HEIGHT - 12, label);
  }

  /** A legend entry for bars: a small box as the bars are drawn. */
  private void swatch(String label, String fill, String stroke) {
    double y = HEIGHT - 12;
    double x = LEFT + legendItems * 220;
    legend
        .append("<rect x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y - 9))
        .append("\" width=\"24\" height=\"10\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\"/>\n");
    legendLabel(x, y, label);
  }

  private void line(double x1, double y1, double x2, double y2, String colour) {
    out.append("<line x1=\"")
        .append(fmt(x1))
        .append("\" y1=\"")
        .append(fmt(y1))
        .append("\" x2=\"")
        .append(fmt(x2))
        .append("\" y2=\"")
        .append(fmt(y2))
        .append("\" stroke=\"")
        .append(colour)
        .append("\"/>\n");
  }

  private void text(double x, double y, String text, String anchor) {
    out.append("<text x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(Markup.html(text))
        .append("</text>\n");
  }

  /** The left edge of the day after {@code days} days. */
  private double x(long days) {
    return LEFT + (WIDTH - LEFT - RIGHT) * (double) days / lastDay;
  }

  private double xMid(long day) {
    return (x(day - 1) + x(day)) / 2;
  }

  private double y(long value) {
    return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (double) value / top;
  }

  /** The smallest of 1, 2, 5 times a power of ten, times 4 ticks, at or above {@code max}. */
  private static long niceTop(long max) {
    long power = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * power * 4 >= max) {
          return m * power * 4;
        }
      }
      power *= 10;
    }
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
