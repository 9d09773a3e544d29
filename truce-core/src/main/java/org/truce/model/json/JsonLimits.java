package org.truce.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Optional;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * The bounds on every JSON text truce reads: agreements ({@code truce import}) and ledger entries
 * ({@code truce log import}). Jackson enforces them while it reads ({@link StreamReadConstraints}),
 * so that no text, however deep or long, exhausts the stack or the memory; a text past a bound is
 * reported with a diagnostic where the bound was crossed ({@link #exceeded}).
 *
 * <p>The depth follows the language's own limits: a condition is at most 64 levels deep, and a
 * chain of {@code and}/{@code or} at most 64 parts (E115, E122), which makes the deepest agreement
 * the language accepts about 70 levels of JSON (envelope, agreement, clause lists, the condition's
 * tree and its figures; JsonLimitsTest). {@link #MAX_DEPTH} leaves room above that, so that every
 * agreement the language accepts imports and a deeper condition is reported by the language's own
 * check, and stays far below a depth that could exhaust the stack of the recursive passes that read
 * the model.
 */
public final class JsonLimits {
  /** Levels of arrays and objects, one inside the other. */
  public static final int MAX_DEPTH = 256;

  /** Characters of one number (truce's numbers go up to 1,000,000,000). */
  public static final int MAX_NUMBER_LENGTH = 1000;

  /** Characters of one field name (truce's field names are a few words). */
  public static final int MAX_NAME_LENGTH = 1000;

  /** The constraints, for a factory or mapper that reads JSON. */
  public static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build();

  private JsonLimits() {}

  /** What a JSON text went past. */
  public enum Bound {
    DEPTH,
    NUMBER,
    NAME,
    /** A bound Jackson added that truce does not set (a text value longer than any input). */
    OTHER;
  }

  /** A new factory with these constraints and strict duplicate detection. */
  public static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(CONSTRAINTS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Which bound {@code e} reports. Jackson has no type per bound, so its message is read; the
   * golden files of JSON diagnostics pin each case, so that a Jackson upgrade that rewords one
   * fails there rather than in front of a user.
   */
  public static Bound exceeded(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Document nesting depth")) {
      return Bound.DEPTH;
    }
    if (message.startsWith("Number value length")) {
      return Bound.NUMBER;
    }
    if (message.startsWith("Name length")) {
      return Bound.NAME;
    }
    return Bound.OTHER;
  }

  /** The limit {@code bound} stands for, as shown in messages. */
  public static int limit(Bound bound) {
    return switch (bound) {
      case DEPTH -> MAX_DEPTH;
      case NUMBER -> MAX_NUMBER_LENGTH;
      case NAME, OTHER -> MAX_NAME_LENGTH;
    };
  }

  /** What {@code bound} is about, in the user's terms ("this number has more than ..."). */
  public static String what(Bound bound) {
    return switch (bound) {
      case DEPTH -> "array or object";
      case NUMBER -> "number";
      case NAME -> "field name";
      case OTHER -> "value";
    };
  }

  /**
   * Where the text went past {@code bound}, as a one-character span of {@code source}: the bracket
   * that went one level too deep, or the start of the number or name that is too long. Jackson
   * stops just after the bracket, or somewhere after the start of the number or name ({@code
   * location}); the start of the text when it gives no location.
   */
  public static Span at(SourceText source, Bound bound, Optional<JsonLocation> location) {
    String text = source.text();
    long stopped = location.map(JsonLocation::getCharOffset).orElse(-1L);
    if (stopped <= 0 || text.isEmpty()) {
      return new Span(0, text.isEmpty() ? 0 : 1);
    }
    int at = (int) Math.min(stopped - 1, text.length() - 1);
    switch (bound) {
      case NUMBER -> {
        while (at > 0 && "+-.0123456789eE".indexOf(text.charAt(at - 1)) >= 0) {
          at--;
        }
      }
      case NAME, OTHER -> {
        int quote = text.lastIndexOf('"', at - 1);
        at = quote < 0 ? at : quote;
      }
      case DEPTH -> {}
    }
    return new Span(at, 1);
  }
}
