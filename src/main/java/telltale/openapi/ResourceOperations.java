package telltale.openapi;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * The operations of one JAX-RS resource class: paths from {@code @Path}, parameters from
 * {@code @PathParam} and {@code @QueryParam}, the request body from the one parameter without a
 * JAX-RS annotation.
 */
final class ResourceOperations {
  private static final Map<Class<? extends Annotation>, HttpMethod> VERBS =
      Map.of(
          GET.class, HttpMethod.GET,
          POST.class, HttpMethod.POST,
          PUT.class, HttpMethod.PUT,
          DELETE.class, HttpMethod.DELETE);

  private final String base;
  private final Class<?> resource;
  private final Schemas schemas;

  ResourceOperations(String base, Class<?> resource, Schemas schemas) {
    this.base = base;
    this.resource = resource;
    this.schemas = schemas;
  }

  void addTo(Paths paths) {
    for (Method method : methods()) {
      String path = path(method);
      if (!paths.hasPathItem(path)) {
        paths.addPathItem(path, OASFactory.createPathItem());
      }
      paths.getPathItem(path).setOperation(verb(method).orElseThrow(), operation(method));
    }
  }

  private List<Method> methods() {
    return Arrays.stream(resource.getMethods())
        .filter(method -> verb(method).isPresent())
        .sorted(
            Comparator.comparing(this::path).thenComparing(method -> verb(method).orElseThrow()))
        .toList();
  }

  private static Optional<HttpMethod> verb(Method method) {
    return VERBS.entrySet().stream()
        .filter(verb -> method.isAnnotationPresent(verb.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private String path(Method method) {
    String joined =
        String.join(
            "/",
            base,
            value(resource.getAnnotation(Path.class)),
            value(method.getAnnotation(Path.class)));
    String path =
        ("/" + joined).replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String value(Path path) {
    return path == null ? "" : path.value();
  }

  private Operation operation(Method method) {
    Operation operation =
        OASFactory.createOperation().addTag(resource.getSimpleName().replaceFirst("Resource$", ""));
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(PathParam.class)) {
        operation.addParameter(
            parameter(In.PATH, parameter.getAnnotation(PathParam.class).value(), parameter));
      } else if (parameter.isAnnotationPresent(QueryParam.class)) {
        operation.addParameter(
            parameter(In.QUERY, parameter.getAnnotation(QueryParam.class).value(), parameter));
      } else if (isEntity(parameter)) {
        operation.requestBody(requestBody(consumes(method), parameter));
      }
    }
    return operation.responses(new Responses(schemas).of(method, operation, produces(method)));
  }

  private Parameter parameter(In in, String name, java.lang.reflect.Parameter declared) {
    Annotation[] constraints = declared.getAnnotations();
    Parameter parameter =
        OASFactory.createParameter()
            .name(name)
            .in(in)
            .required(in == In.PATH || Constraints.required(constraints))
            .schema(schemas.of(declared.getParameterizedType()));
    Constraints.keywords(constraints, parameter.getSchema());
    Constraints.messages(constraints).ifPresent(parameter::setDescription);
    return parameter;
  }

  private RequestBody requestBody(String mediaType, java.lang.reflect.Parameter declared) {
    Annotation[] constraints = declared.getAnnotations();
    RequestBody body =
        OASFactory.createRequestBody()
            .content(Responses.content(mediaType, schemas.of(declared.getParameterizedType())));
    if (Constraints.required(constraints)) {
      body.setRequired(true);
    }
    Constraints.messages(constraints).ifPresent(body::setDescription);
    return body;
  }

  /** The entity parameter is the one that JAX-RS does not fill from the request's parts. */
  private static boolean isEntity(java.lang.reflect.Parameter parameter) {
    return Arrays.stream(parameter.getAnnotations())
        .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
  }

  private String consumes(Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    consumes = consumes != null ? consumes : resource.getAnnotation(Consumes.class);
    return consumes == null ? MediaType.APPLICATION_JSON : consumes.value()[0];
  }

  private String produces(Method method) {
    Produces produces = method.getAnnotation(Produces.class);
    produces = produces != null ? produces : resource.getAnnotation(Produces.class);
    return produces == null ? MediaType.APPLICATION_JSON : produces.value()[0];
  }
}
