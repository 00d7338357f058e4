package telltale.screening.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import telltale.screening.control.ChecklistEngine;
import telltale.screening.control.ScreeningStore;
import telltale.screening.entity.CandidateProfile;
import telltale.screening.entity.Screening;

/** The use case: a profile in, a screening out and kept. Telltale never rejects anyone. */
@ApplicationScoped
public class Screenings {
  @Inject ChecklistEngine engine;
  @Inject ScreeningStore store;
  Clock clock = Clock.systemUTC();

  public Screening screen(CandidateProfile profile) {
    Screening screening = engine.screen(UUID.randomUUID().toString(), profile, clock.instant());
    store.save(screening, profile);
    return screening;
  }

  public Optional<Screening> find(String id) {
    return store.find(id).map(ScreeningStore.Stored::screening);
  }
}
