package telltale.card.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import telltale.audit.control.AuditLog;
import telltale.audit.entity.Audited;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.Screening;

/** Reading a screening through a card link, recorded in the audit log (who, when, which). */
@ApplicationScoped
public class Cards {
  @Inject Screenings screenings;
  @Inject AuditLog audit;
  Clock clock = Clock.systemUTC();

  @Transactional
  public Optional<Screening> view(String id, String page, String actor) {
    Optional<Screening> screening = screenings.find(id);
    screening.ifPresent(
        s ->
            audit.record(
                clock.instant().atOffset(ZoneOffset.UTC),
                Audited.of(page + "_viewed", actor).screening(id)));
    return screening;
  }
}
