package org.truce.model.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Instrument;
import org.truce.model.SubQuota;

/**
 * The two rules of the JSON form that hold for every record of the model, stated once here instead
 * of as annotations on each record (which would put JSON concerns into the model):
 *
 * <ul>
 *   <li>every field is required, except an {@link Optional} one (omitted when empty), a clause's
 *       {@code ref} (omitted when the clause has no id and no label) and a delivery's list of
 *       sub-quotas and a holdings line's {@code either} (omitted when empty);
 *   <li>enum constants are written as lowercase words joined by hyphens ({@code AT_LEAST} is {@code
 *       "at-least"}).
 * </ul>
 */
final class ModelIntrospector extends JacksonAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  @Override
  public Boolean hasRequiredMarker(AnnotatedMember member) {
    if (isOptionalList(member)) {
      return false;
    }
    if (isModelType(member.getDeclaringClass())) {
      Class<?> type = member.getRawType();
      return type != Optional.class && type != ClauseRef.class;
    }
    return super.hasRequiredMarker(member);
  }

  /**
   * A delivery's sub-quotas and an agreement's instruments are left out when there are none, so
   * that the JSON of every text without them is as it was, and read as none when absent
   * (docs/json.md).
   */
  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated a) {
    if (a instanceof AnnotatedMember m && isOptionalList(m)) {
      return JsonInclude.Value.construct(
          JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY);
    }
    return super.findPropertyInclusion(a);
  }

  @Override
  public JsonSetter.Value findSetterInfo(Annotated a) {
    if (a instanceof AnnotatedMember m && isOptionalList(m)) {
      return JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);
    }
    return super.findSetterInfo(a);
  }

  /**
   * A list of sub-quotas, or the categories of a line of unknown status (the model's only list of
   * categories): optional in the JSON form, as an empty list means "none".
   */
  static boolean isListOfParts(JavaType type) {
    if (!type.isCollectionLikeType()) {
      return false;
    }
    Class<?> content = type.getContentType().getRawClass();
    return content == SubQuota.class || content == Category.class;
  }

  private static boolean isOptionalList(AnnotatedMember member) {
    // By type, not name: a creator's parameter has no name here.
    JavaType type = member.getType();
    return isModelType(member.getDeclaringClass())
        && (isListOfParts(type)
            || member.getDeclaringClass() == Agreement.class
                && type.isCollectionLikeType()
                && type.getContentType().getRawClass() == Instrument.class);
  }

  @Override
  public Object findEnumNamingStrategy(MapperConfig<?> config, AnnotatedClass annotated) {
    if (isModelType(annotated.getRawType())) {
      return EnumWords.STRATEGY;
    }
    return super.findEnumNamingStrategy(config, annotated);
  }

  /** The model's records and the vocabulary it uses, never Jackson's or the JDK's types. */
  static boolean isModelType(Class<?> type) {
    String name = type.getName();
    return name.startsWith("org.truce.model.") || name.startsWith("org.truce.vocabulary.");
  }
}
