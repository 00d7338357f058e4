package telltale.api.openapi;

import java.util.List;
import telltale.card.boundary.CardResource;
import telltale.card.boundary.HandbookPages;
import telltale.card.boundary.StaticResource;
import telltale.catalogue.boundary.ChecklistsResource;
import telltale.catalogue.boundary.HandbookResource;
import telltale.intake.boundary.WebhooksResource;
import telltale.outcome.boundary.OutcomesResource;
import telltale.reports.boundary.ReportsResource;
import telltale.retention.RetentionResource;
import telltale.screening.boundary.CandidatesResource;
import telltale.screening.boundary.ScreeningsResource;
import telltale.writeback.boundary.OutboxResource;

/**
 * The JAX-RS resources /openapi describes, in the order it lists them. A unit test fails when a
 * class annotated with {@code @Path} is missing here.
 */
public final class OpenApiResources {
  public static final List<Class<?>> ALL =
      List.of(
          ScreeningsResource.class,
          OutcomesResource.class,
          CandidatesResource.class,
          ReportsResource.class,
          ChecklistsResource.class,
          WebhooksResource.class,
          RetentionResource.class,
          HandbookResource.class,
          CardResource.class,
          HandbookPages.class,
          StaticResource.class,
          OutboxResource.class);

  private OpenApiResources() {}
}
