package telltale.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import telltale.api.VendorCallFailed;
import telltale.linkage.boundary.LinkageLookedUp;

/** Failed calls to vendors by vendor and kind, and linkage lookups by whether they found a link. */
@ApplicationScoped
public class VendorAndLinkageMetrics {
  static final Metadata VENDOR_FAILURES =
      Metadata.builder()
          .withName("telltale.vendor.failures")
          .withDescription(
              "Calls to a vendor's API or file host that failed, by vendor and kind:"
                  + " transient_failure, rate_limited or permanent")
          .build();
  static final Metadata LINKAGE_LOOKUPS =
      Metadata.builder()
          .withName("telltale.linkage.lookups")
          .withDescription(
              "Linkage lookups by outcome: linked (something shared with another candidate) or none")
          .build();

  @Inject MetricRegistry registry;

  void failed(@Observes VendorCallFailed failed) {
    registry
        .counter(
            VENDOR_FAILURES,
            new Tag("vendor", failed.vendor()),
            new Tag("kind", failed.kind().name()))
        .inc();
  }

  void lookedUp(@Observes LinkageLookedUp lookup) {
    registry
        .counter(LINKAGE_LOOKUPS, new Tag("outcome", lookup.linked() ? "linked" : "none"))
        .inc();
  }
}
