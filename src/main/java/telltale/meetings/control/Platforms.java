package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import telltale.meetings.entity.Platform;

/** The connected video platforms, each a {@link PlatformApi} bean, found by name. */
@ApplicationScoped
public class Platforms {
  @Inject @Any Instance<PlatformApi> all;

  /** The platform's API, or empty when Telltale does not connect to it. */
  public Optional<PlatformApi> of(Platform platform) {
    return all.stream().filter(api -> api.platform() == platform).findFirst();
  }

  /** Every connected platform's API, in the order of {@link Platform}. */
  public List<PlatformApi> all() {
    return all.stream().sorted(Comparator.comparing(PlatformApi::platform)).toList();
  }
}
