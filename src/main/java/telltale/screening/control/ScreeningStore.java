package telltale.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import telltale.screening.entity.CandidateProfile;
import telltale.screening.entity.Screening;

/** Screenings and the profiles they were made from. In memory until storage arrives. */
@ApplicationScoped
public class ScreeningStore {
  /** A screening with the profile it judged. */
  public record Stored(Screening screening, CandidateProfile profile) {}

  private final ConcurrentHashMap<String, Stored> byId = new ConcurrentHashMap<>();

  public void save(Screening screening, CandidateProfile profile) {
    byId.put(screening.id(), new Stored(screening, profile));
  }

  public Optional<Stored> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
