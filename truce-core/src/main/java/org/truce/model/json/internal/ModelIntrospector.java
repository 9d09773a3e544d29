package org.truce.model.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Instrument;

/**
 * The two rules of the JSON form that hold for every record of the model, stated once here instead
 * of as annotations on each record (which would put JSON concerns into the model):
 *
 * <ul>
 *   <li>every field is required, except an {@link Optional} one (omitted when empty) and a clause's
 *       {@code ref} (omitted when the clause has no id and no label);
 *   <li>enum constants are written as lowercase words joined by hyphens ({@code AT_LEAST} is {@code
 *       "at-least"}).
 * </ul>
 */
final class ModelIntrospector extends JacksonAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  @Override
  public Boolean hasRequiredMarker(AnnotatedMember member) {
    if (isInstruments(member)) {
      return false;
    }
    if (isModelType(member.getDeclaringClass())) {
      Class<?> type = member.getRawType();
      return type != Optional.class && type != ClauseRef.class;
    }
    return super.hasRequiredMarker(member);
  }

  @Override
  public Object findEnumNamingStrategy(MapperConfig<?> config, AnnotatedClass annotated) {
    if (isModelType(annotated.getRawType())) {
      return EnumWords.STRATEGY;
    }
    return super.findEnumNamingStrategy(config, annotated);
  }

  /**
   * An agreement's instruments: left out when there are none, so that the JSON of every text
   * without instruments is as it was, and read as none when absent (docs/json.md).
   */
  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated a) {
    if (a instanceof AnnotatedMember m && isInstruments(m)) {
      return JsonInclude.Value.construct(
          JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY);
    }
    return super.findPropertyInclusion(a);
  }

  @Override
  public JsonSetter.Value findSetterInfo(Annotated a) {
    if (a instanceof AnnotatedMember m && isInstruments(m)) {
      return JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);
    }
    return super.findSetterInfo(a);
  }

  private static boolean isInstruments(AnnotatedMember member) {
    // By type, not name: a creator's parameter has no name here.
    var type = member.getType();
    return member.getDeclaringClass() == Agreement.class
        && type.isCollectionLikeType()
        && type.getContentType().getRawClass() == Instrument.class;
  }

  /** The model's records and the vocabulary it uses, never Jackson's or the JDK's types. */
  static boolean isModelType(Class<?> type) {
    String name = type.getName();
    return name.startsWith("org.truce.model.") || name.startsWith("org.truce.vocabulary.");
  }
}
