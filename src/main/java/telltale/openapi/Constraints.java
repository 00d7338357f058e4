package telltale.openapi;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Bean Validation constraints as JSON Schema keywords; their messages, written for people, become
 * the descriptions.
 */
final class Constraints {
  private Constraints() {}

  /**
   * Applies the constraints of a record component to its schema, its list elements and the record's
   * required list. They are read from the accessor: the standard constraints do not target record
   * components, so Java passes them on to the accessor (and the field and constructor) only.
   */
  static void apply(RecordComponent component, Schema property, Schema record) {
    Method accessor = component.getAccessor();
    apply(accessor.getAnnotations(), property);
    if (property.getItems() != null
        && accessor.getAnnotatedReturnType() instanceof AnnotatedParameterizedType list) {
      apply(list.getAnnotatedActualTypeArguments()[0].getAnnotations(), property.getItems());
    }
    if (required(accessor.getAnnotations())) {
      record.addRequired(component.getName());
    }
  }

  /** Applies constraints to a schema; a reference to a component stays a bare reference. */
  static void apply(Annotation[] annotations, Schema schema) {
    if (schema.getRef() == null) {
      keywords(annotations, schema);
      messages(annotations).ifPresent(schema::setDescription);
    }
  }

  /** Applies constraints to a schema as keywords only (maxLength, pattern, ...). */
  static void keywords(Annotation[] annotations, Schema schema) {
    if (schema.getRef() == null) {
      Arrays.stream(annotations).forEach(annotation -> keyword(annotation, schema));
    }
  }

  static boolean required(Annotation[] annotations) {
    return Arrays.stream(annotations)
        .anyMatch(a -> a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty);
  }

  /** The messages of the constraints, when they are sentences rather than message keys. */
  static Optional<String> messages(Annotation[] annotations) {
    String text =
        Arrays.stream(annotations)
            .filter(a -> a.annotationType().isAnnotationPresent(Constraint.class))
            .map(Constraints::message)
            .filter(m -> m != null && !m.startsWith("{"))
            .distinct()
            .collect(Collectors.joining("; "));
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static void keyword(Annotation annotation, Schema schema) {
    if (annotation instanceof Size size) {
      size(schema, size.min(), size.max());
    } else if (annotation instanceof NotBlank || annotation instanceof NotEmpty) {
      size(schema, 1, Integer.MAX_VALUE);
    } else if (annotation instanceof Pattern pattern) {
      schema.setPattern(anchored(pattern.regexp()));
    } else if (annotation instanceof Min min) {
      schema.setMinimum(BigDecimal.valueOf(min.value()));
    } else if (annotation instanceof Max max) {
      schema.setMaximum(BigDecimal.valueOf(max.value()));
    } else if (annotation instanceof Positive) {
      positive(schema);
    } else if (annotation instanceof PositiveOrZero) {
      schema.setMinimum(BigDecimal.ZERO);
    } else if (annotation instanceof Email) {
      schema.setFormat("email");
    } else if (annotation.annotationType().isAnnotationPresent(SchemaFormat.class)) {
      schema.setFormat(annotation.annotationType().getAnnotation(SchemaFormat.class).value());
    }
  }

  /** Bounds of a {@code @Size}; 0 and {@code Integer.MAX_VALUE} mean "no bound". */
  private static void size(Schema schema, int min, int max) {
    Integer least = min > 0 ? Integer.valueOf(min) : null;
    Integer most = max < Integer.MAX_VALUE ? Integer.valueOf(max) : null;
    if (schema.getType() == SchemaType.ARRAY) {
      schema.setMinItems(least != null ? least : schema.getMinItems());
      schema.setMaxItems(most != null ? most : schema.getMaxItems());
    } else if (schema.getType() == SchemaType.STRING) {
      schema.setMinLength(least != null ? least : schema.getMinLength());
      schema.setMaxLength(most != null ? most : schema.getMaxLength());
    }
  }

  private static void positive(Schema schema) {
    if (schema.getType() == SchemaType.INTEGER) {
      schema.setMinimum(BigDecimal.ONE);
    } else {
      schema.setMinimum(BigDecimal.ZERO);
      schema.setExclusiveMinimum(true);
    }
  }

  /** Bean Validation matches the whole value; a JSON Schema pattern matches anywhere. */
  private static String anchored(String regexp) {
    return regexp.contains("|") ? "^(?:" + regexp + ")$" : "^" + regexp + "$";
  }

  private static String message(Annotation constraint) {
    try {
      return (String) constraint.annotationType().getMethod("message").invoke(constraint);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
