package telltale.profile;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The caps the profile's records declare with {@code @Size}, read from the records themselves, so
 * that an adapter cutting ATS data to fit uses the very numbers the API validates against.
 */
public final class Caps {
  private Caps() {}

  /** The {@code @Size(max)} of a record component (its length, or its number of elements). */
  public static int max(Class<? extends Record> type, String component) {
    Size size = component(type, component).getAccessor().getAnnotation(Size.class);
    if (size == null) {
      throw new IllegalArgumentException(type.getSimpleName() + "." + component + " has no @Size");
    }
    return size.max();
  }

  /** The {@code @Size(max)} of each element of a list component. */
  public static int elementMax(Class<? extends Record> type, String component) {
    AnnotatedType list = component(type, component).getAnnotatedType();
    if (!(list instanceof AnnotatedParameterizedType parameterized)) {
      throw new IllegalArgumentException(type.getSimpleName() + "." + component + " is no list");
    }
    return size(parameterized.getAnnotatedActualTypeArguments()[0], type, component + "[]");
  }

  private static RecordComponent component(Class<? extends Record> type, String name) {
    return Arrays.stream(type.getRecordComponents())
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no " + name));
  }

  private static int size(AnnotatedType annotated, Class<?> type, String name) {
    Size size = annotated.getAnnotation(Size.class);
    if (size == null) {
      throw new IllegalArgumentException(type.getSimpleName() + "." + name + " has no @Size");
    }
    return size.max();
  }
}
