package org.truce.ledger.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * Builds the ordered journal fields of an event ({@link org.truce.ledger.Event#fields()}), leaving
 * out what is absent.
 */
public final class EventFields {
  private final SequencedMap<String, String> map = new LinkedHashMap<>();

  public EventFields put(String name, Object value) {
    map.put(name, String.valueOf(value));
    return this;
  }

  public EventFields put(String name, Optional<?> value) {
    value.ifPresent(v -> map.put(name, String.valueOf(v)));
    return this;
  }

  public EventFields list(String name, List<String> values) {
    if (!values.isEmpty()) {
      map.put(name, String.join(", ", values));
    }
    return this;
  }

  public SequencedMap<String, String> map() {
    return map;
  }
}
