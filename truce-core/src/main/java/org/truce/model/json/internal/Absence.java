package org.truce.model.json.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.util.List;
import java.util.Optional;
import org.truce.model.ClauseRef;

/**
 * What an absent field means. An empty {@link Optional}, a clause's ref {@link ClauseRef#NONE} and
 * an empty list of sub-quotas are written by leaving the field out, and read back from an absent
 * field. {@code null} is never a value in the JSON form (the schema has no nulls), so an explicit
 * null is reported.
 */
final class Absence {
  /** The start of the message of an explicit null; {@link JacksonProblems} recognises it. */
  static final String NULL_MESSAGE = "Null value for optional property";

  private Absence() {}

  /** Jackson's value filter for {@code JsonInclude.Include.CUSTOM}: "equal" means "leave out". */
  static final class OmitNone {
    @Override
    public boolean equals(Object value) {
      return value == null || ClauseRef.NONE.equals(value);
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  static final class Modifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deser) {
      return description.getBeanClass() == ClauseRef.class
          ? new AbsentAs(deser, ClauseRef.NONE, ClauseRef.class)
          : deser;
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(
        DeserializationConfig config,
        CollectionType type,
        BeanDescription description,
        JsonDeserializer<?> deser) {
      return ModelIntrospector.isListOfParts(type)
          ? new AbsentAs(deser, List.of(), List.class)
          : deser;
    }

    @Override
    public JsonDeserializer<?> modifyReferenceDeserializer(
        DeserializationConfig config,
        ReferenceType type,
        BeanDescription description,
        JsonDeserializer<?> deser) {
      return type.getRawClass() == Optional.class
          ? new AbsentAs(deser, Optional.empty(), type.getContentType().getRawClass())
          : deser;
    }
  }

  /** Gives {@code absent} for a missing field and rejects an explicit null. */
  private static final class AbsentAs extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient Object absent;
    private final Class<?> valueType;

    AbsentAs(JsonDeserializer<?> delegate, Object absent, Class<?> valueType) {
      super(delegate);
      this.absent = absent;
      this.valueType = valueType;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new AbsentAs(delegate, absent, valueType);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      throw MismatchedInputException.from(ctxt.getParser(), valueType, NULL_MESSAGE);
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return absent;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }
  }
}
