package org.truce.model.json.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalTime;
import org.truce.model.ClauseRef;
import org.truce.model.json.JsonLimits;
import org.truce.source.JsonLayout;

/**
 * The one Jackson configuration of the JSON form. The model records carry no JSON annotations
 * (except {@code Category}, a plain string): the kinds come from a mix-in on each sealed base and
 * the {@link Kinds} table, required fields and enum spellings from {@link ModelIntrospector}.
 *
 * <p>Reading is strict, so that a file that reads is a file that {@code write} could have written:
 * no unknown fields, no duplicate fields, no nulls for required values, no coercion of text to
 * numbers or numbers to text, no fractions for whole numbers, nothing after the value.
 */
public final class Mappers {
  /** The same type information on every sealed base; the names are registered from Kinds. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  private interface KindMixIn {}

  private static final ObjectMapper MAPPER = build();
  private static final ObjectWriter WRITER = MAPPER.writer(JsonLayout.prettyPrinter());
  private static final ObjectReader READER = MAPPER.readerFor(Envelope.class);

  private Mappers() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectWriter writer() {
    return WRITER;
  }

  public static ObjectReader envelopeReader() {
    return READER;
  }

  private static ObjectMapper build() {
    SimpleModule model = new SimpleModule("truce-model");
    model.setDeserializerModifier(new Absence.Modifier());
    model.addDeserializer(Long.class, new WholeNumbers(Long.class));
    model.addDeserializer(long.class, new WholeNumbers(long.class));
    JsonMapper mapper =
        JsonMapper.builder(
                JsonFactory.builder().streamReadConstraints(JsonLimits.CONSTRAINTS).build())
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(model)
            .annotationIntrospector(new ModelIntrospector())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();
    // Times of day are minutes, as in the language (`starts 2023-11-24 07:00`).
    mapper.configOverride(LocalTime.class).setFormat(JsonFormat.Value.forPattern("HH:mm"));
    mapper
        .configOverride(ClauseRef.class)
        .setIncludeAsProperty(
            JsonInclude.Value.construct(
                JsonInclude.Include.CUSTOM,
                JsonInclude.Include.USE_DEFAULTS,
                Absence.OmitNone.class,
                null));
    for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean}) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    for (Kinds.Hierarchy hierarchy : Kinds.ALL) {
      mapper.addMixIn(hierarchy.base(), KindMixIn.class);
      hierarchy.kinds().forEach((name, type) -> mapper.registerSubtypes(new NamedType(type, name)));
    }
    return mapper;
  }
}
