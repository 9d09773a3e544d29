package org.truce.model.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
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
    if (isModelType(member.getDeclaringClass())) {
      Class<?> type = member.getRawType();
      return type != Optional.class && type != ClauseRef.class && !isSubQuotas(member.getType());
    }
    return super.hasRequiredMarker(member);
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
    if (annotated instanceof AnnotatedMember member
        && isModelType(member.getDeclaringClass())
        && isSubQuotas(member.getType())) {
      return JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    }
    return super.findPropertyInclusion(annotated);
  }

  /**
   * A list of sub-quotas, or the categories of a line of unknown status (the model's only list of
   * categories): optional in the JSON form, as an empty list means "none".
   */
  static boolean isSubQuotas(JavaType type) {
    if (!type.isCollectionLikeType()) {
      return false;
    }
    Class<?> content = type.getContentType().getRawClass();
    return content == SubQuota.class || content == Category.class;
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
