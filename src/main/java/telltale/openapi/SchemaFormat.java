package telltale.openapi;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Put on a custom Bean Validation constraint: the JSON Schema {@code format} that /openapi gives
 * every value the constraint guards (e.g. {@code ip} for an IP address literal).
 */
@Retention(RUNTIME)
@Target(ANNOTATION_TYPE)
public @interface SchemaFormat {
  String value();
}
