package telltale.api.openapi;

import java.util.List;
import telltale.catalogue.boundary.ChecklistsResource;
import telltale.intake.boundary.WebhooksResource;
import telltale.retention.RetentionResource;
import telltale.screening.boundary.CandidatesResource;
import telltale.screening.boundary.ScreeningsResource;

/**
 * The JAX-RS resources /openapi describes, in the order it lists them. A unit test fails when a
 * class annotated with {@code @Path} is missing here.
 */
public final class OpenApiResources {
  public static final List<Class<?>> ALL =
      List.of(
          ScreeningsResource.class,
          CandidatesResource.class,
          ChecklistsResource.class,
          WebhooksResource.class,
          RetentionResource.class);

  private OpenApiResources() {}
}
