package telltale.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The JSON schemas of Java types as JSON-B writes them. Records and enums become named components
 * (a nested {@code Footprint.LinkedIn} is {@code FootprintLinkedIn}, unless {@code @Schema(name)}
 * says otherwise, which keeps a published name when a class moves) and are referenced; scalars,
 * lists and maps are inline.
 */
final class Schemas {
  private record Scalar(SchemaType type, String format) {}

  private static final Map<Class<?>, Scalar> SCALARS =
      Map.ofEntries(
          Map.entry(String.class, new Scalar(SchemaType.STRING, null)),
          Map.entry(boolean.class, new Scalar(SchemaType.BOOLEAN, null)),
          Map.entry(Boolean.class, new Scalar(SchemaType.BOOLEAN, null)),
          Map.entry(int.class, new Scalar(SchemaType.INTEGER, "int32")),
          Map.entry(Integer.class, new Scalar(SchemaType.INTEGER, "int32")),
          Map.entry(long.class, new Scalar(SchemaType.INTEGER, "int64")),
          Map.entry(Long.class, new Scalar(SchemaType.INTEGER, "int64")),
          Map.entry(BigInteger.class, new Scalar(SchemaType.INTEGER, null)),
          Map.entry(double.class, new Scalar(SchemaType.NUMBER, "double")),
          Map.entry(Double.class, new Scalar(SchemaType.NUMBER, "double")),
          Map.entry(BigDecimal.class, new Scalar(SchemaType.NUMBER, null)),
          Map.entry(Instant.class, new Scalar(SchemaType.STRING, "date-time")),
          Map.entry(OffsetDateTime.class, new Scalar(SchemaType.STRING, "date-time")),
          Map.entry(LocalDate.class, new Scalar(SchemaType.STRING, "date")),
          Map.entry(byte[].class, new Scalar(SchemaType.STRING, "binary")));

  private final SortedMap<String, Schema> components = new TreeMap<>();
  private final Map<String, Class<?>> named = new HashMap<>();

  /** The schema of a type, registering the components it needs. */
  Schema of(Type type) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      Type[] arguments = generic.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(arguments[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesSchema(of(arguments[1]));
      }
      return of(raw);
    }
    if (!(type instanceof Class<?> plain)) {
      return OASFactory.createSchema().type(SchemaType.OBJECT);
    }
    Scalar scalar = SCALARS.get(plain);
    if (scalar != null) {
      return OASFactory.createSchema().type(scalar.type()).format(scalar.format());
    }
    if (plain.isEnum()) {
      return component(plain, this::enumeration);
    }
    if (plain.isRecord()) {
      return component(plain, this::record);
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  /** Every component registered so far, by name. */
  SortedMap<String, Schema> components() {
    return components;
  }

  /** The component's name: an explicit {@code @Schema(name = …)}, else the nested class names. */
  private static String name(Class<?> type) {
    var declared =
        type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (declared != null && !declared.name().isEmpty()) {
      return declared.name();
    }
    Class<?> outer = type.getEnclosingClass();
    return outer == null ? type.getSimpleName() : name(outer) + type.getSimpleName();
  }

  private Schema component(Class<?> type, Function<Class<?>, Schema> build) {
    String name = name(type);
    Class<?> owner = named.putIfAbsent(name, type);
    if (owner == null) {
      components.put(name, build.apply(type));
    } else if (owner != type) {
      throw new IllegalStateException(
          owner.getName() + " and " + type.getName() + " would share the schema " + name);
    }
    return OASFactory.createSchema().ref(name);
  }

  private Schema enumeration(Class<?> type) {
    return OASFactory.createSchema()
        .type(SchemaType.STRING)
        .enumeration(
            Arrays.stream(type.getEnumConstants())
                .map(c -> (Object) ((Enum<?>) c).name())
                .toList());
  }

  private Schema record(Class<?> type) {
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
    for (RecordComponent component : type.getRecordComponents()) {
      Schema property = of(component.getGenericType());
      Constraints.apply(component, property, schema);
      schema.addProperty(component.getName(), property);
    }
    return schema;
  }
}
