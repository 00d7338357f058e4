package telltale.openapi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * What a resource method returning a {@code Response} answers with when it succeeds: the type of
 * the entity and the status codes. /openapi cannot read them from the signature.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface ApiBody {
  /** The type of the entity. */
  Class<?> value();

  /** The success statuses the method answers with. */
  int[] status() default 200;
}
