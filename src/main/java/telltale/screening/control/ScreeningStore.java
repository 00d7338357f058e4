package telltale.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import telltale.screening.entity.Ats;
import telltale.screening.entity.CandidateProfile;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;
import telltale.screening.entity.StoredScreening;

/**
 * Screenings and the profiles they judged, in the database; resume text is never stored. Rows that
 * belong to a screening (fired rules, outcome, write-back items) go with it by ON DELETE CASCADE.
 */
@ApplicationScoped
public class ScreeningStore {
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  /** A screening with the profile it judged. */
  public record Stored(Screening screening, CandidateProfile profile) {}

  /** Keeps the screening and, for the rule quality report, one row per fired rule. */
  public void save(Screening screening, CandidateProfile profile) {
    em.persist(
        new StoredScreening(
            screening,
            profile,
            JSON.toJson(screening.withCardUrl(null)),
            JSON.toJson(profile.withoutResume())));
    em.flush();
    Set<String> written = new HashSet<>();
    for (Signal signal : screening.signals()) {
      if (written.add(signal.id())) {
        em.createNativeQuery(
                "INSERT INTO screening_signal (screening_id, rule_id, points) VALUES (?1, ?2, ?3)")
            .setParameter(1, screening.id())
            .setParameter(2, signal.id())
            .setParameter(3, signal.points())
            .executeUpdate();
      }
    }
  }

  public Optional<Stored> find(String id) {
    return Optional.ofNullable(em.find(StoredScreening.class, id)).map(ScreeningStore::read);
  }

  /** The screenings of one candidate, newest first. */
  public List<Screening> ofCandidate(Ats ats, String candidateId) {
    return em
        .createNamedQuery(StoredScreening.BY_CANDIDATE, StoredScreening.class)
        .setParameter("ats", ats.name())
        .setParameter("candidateId", candidateId)
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(s -> read(s).screening())
        .toList();
  }

  /** The candidate's newest screening so far, if any. */
  public Optional<Screening> latest(Ats ats, String candidateId) {
    return em
        .createNamedQuery(StoredScreening.BY_CANDIDATE, StoredScreening.class)
        .setParameter("ats", ats.name())
        .setParameter("candidateId", candidateId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(s -> read(s).screening());
  }

  /** Deletes one candidate's screenings; returns their ids. */
  public List<String> erase(Ats ats, String candidateId) {
    List<String> ids =
        em.createQuery(
                "SELECT s.id FROM StoredScreening s WHERE s.ats = :ats AND s.candidateId = :c",
                String.class)
            .setParameter("ats", ats.name())
            .setParameter("c", candidateId)
            .getResultList();
    em.createQuery("DELETE FROM StoredScreening s WHERE s.ats = :ats AND s.candidateId = :c")
        .setParameter("ats", ats.name())
        .setParameter("c", candidateId)
        .executeUpdate();
    return ids;
  }

  public int expire(OffsetDateTime before) {
    return em.createQuery("DELETE FROM StoredScreening s WHERE s.screenedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  private static Stored read(StoredScreening stored) {
    return new Stored(
        JSON.fromJson(stored.resultJson(), Screening.class),
        JSON.fromJson(stored.profileJson(), CandidateProfile.class));
  }
}
