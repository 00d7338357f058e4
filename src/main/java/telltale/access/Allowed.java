package telltale.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an {@code /api/v1} resource method (or every method of a class). Admin
 * may always call. A method without it under {@code /api/v1} is refused, so none is open by
 * mistake.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
  Role[] value();
}
