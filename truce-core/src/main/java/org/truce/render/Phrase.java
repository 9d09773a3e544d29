package org.truce.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of English built from plain words, names from the agreement and quoted user text. Keeping
 * the three apart lets each output format mark names up and escape user text correctly; {@link
 * #plain()} gives the form for terminals and logs, with names in backticks.
 */
public record Phrase(List<Phrase.Part> parts) {
  public static final Phrase EMPTY = new Phrase(List.of());

  public Phrase {
    parts = List.copyOf(parts);
  }

  /** One run of a phrase. */
  public sealed interface Part {
    String text();
  }

  /** Ordinary words; user text shown as is (a title, a label) is also words. */
  public record Words(String text) implements Part {}

  /** A name declared in the agreement (a phase), shown in code style. */
  public record Name(String text) implements Part {}

  /** Text the agreement's authors wrote (an undertaking, an area), shown in quotation marks. */
  public record Quote(String text) implements Part {}

  public static Phrase words(String text) {
    return builder().words(text).build();
  }

  public static Phrase name(String name) {
    return builder().name(name).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Phrase then(Phrase other) {
    return builder().add(this).add(other).build();
  }

  public Phrase then(String words) {
    return builder().add(this).words(words).build();
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** The phrase as plain text: names in backticks, quoted text in double quotes. */
  public String plain() {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      switch (part) {
        case Words w -> out.append(w.text());
        case Name n -> out.append('`').append(n.text()).append('`');
        case Quote q -> out.append('"').append(q.text()).append('"');
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return plain();
  }

  /** Builds a phrase, merging adjacent words so that output stays tidy. */
  public static final class Builder {
    private final List<Part> parts = new ArrayList<>();

    private Builder() {}

    public Builder words(String text) {
      if (text.isEmpty()) {
        return this;
      }
      int last = parts.size() - 1;
      if (last >= 0 && parts.get(last) instanceof Words previous) {
        parts.set(last, new Words(previous.text() + text));
      } else {
        parts.add(new Words(text));
      }
      return this;
    }

    public Builder name(String name) {
      parts.add(new Name(name));
      return this;
    }

    public Builder quote(String text) {
      parts.add(new Quote(text));
      return this;
    }

    public Builder add(Phrase phrase) {
      for (Part part : phrase.parts()) {
        switch (part) {
          case Words w -> words(w.text());
          case Name n -> parts.add(n);
          case Quote q -> parts.add(q);
        }
      }
      return this;
    }

    public Phrase build() {
      return new Phrase(parts);
    }
  }
}
