package telltale.footprint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import telltale.footprint.control.FootprintQueue;
import telltale.footprint.control.GitHubConfig;
import telltale.profile.Ats;
import telltale.screening.boundary.Screened;
import telltale.screening.entity.Screening;

/**
 * The public developer footprint: when a screening could not run github_fabricated_history and the
 * candidate linked a GitHub account, a background read of that account is queued (in the
 * screening's transaction, once per candidate and account); the footprint joins the case later.
 * Nothing is queued while telltale.footprint.github.enabled is off.
 */
@ApplicationScoped
public class Footprints {
  static final String RULE = "github_fabricated_history";

  @Inject GitHubConfig config;
  @Inject FootprintQueue queue;

  void screened(@Observes Screened event) {
    if (!config.enabled()) {
      return;
    }
    Screening screening = event.screening();
    boolean lacking =
        screening.coverage().notEvaluated().stream().anyMatch(n -> n.id().equals(RULE));
    if (!lacking) {
      return;
    }
    config
        .logins()
        .of(event.profile().links())
        .ifPresent(
            login -> queue.enqueue(screening.ats(), screening.candidateId(), login, event.at()));
  }

  /** Removes the candidate's footprint jobs (erasure); returns how many went. */
  public int forget(Ats ats, String candidateId) {
    return queue.forget(ats, candidateId);
  }

  /** Removes footprint jobs older than the retention limit; returns how many went. */
  public int expire(OffsetDateTime before) {
    return queue.expire(before);
  }
}
