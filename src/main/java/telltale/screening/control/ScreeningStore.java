package telltale.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
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
    // one native statement: a screening is never changed once stored, and the transaction that
    // stores it never reads it back as an entity, so registering one with the persistence context
    // and flushing it only cost time on every delivery. Role title, application source and stage
    // are kept as columns for the flag-rate report.
    em.createNativeQuery(
            "INSERT INTO screening (id, ats, candidate_id, application_id, screened_at, score, band,"
                + " catalogue_version, result_json, profile_json, role_title, source, stage)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        .setParameter(1, screening.id())
        .setParameter(2, screening.ats().name())
        .setParameter(3, screening.candidateId())
        .setParameter(4, screening.applicationId())
        .setParameter(5, screening.screenedAt().atOffset(ZoneOffset.UTC))
        .setParameter(6, screening.score())
        .setParameter(7, screening.band().name())
        .setParameter(8, screening.catalogueVersion())
        .setParameter(9, JSON.toJson(screening.withCardUrl(null)))
        .setParameter(10, JSON.toJson(profile.withoutResume()))
        .setParameter(11, profile.role() == null ? null : profile.role().title())
        .setParameter(12, profile.application() == null ? null : profile.application().source())
        .setParameter(13, profile.stage() == null ? null : profile.stage().name())
        .executeUpdate();
    List<Signal> fired = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Signal signal : screening.signals()) {
      if (seen.add(signal.id())) {
        fired.add(signal);
      }
    }
    if (!fired.isEmpty()) {
      // one multi-row statement: ?1 is the screening, each fired rule adds its id and points
      StringBuilder sql =
          new StringBuilder("INSERT INTO screening_signal (screening_id, rule_id, points) VALUES ");
      for (int i = 0; i < fired.size(); i++) {
        sql.append(i == 0 ? "" : ", ")
            .append("(?1, ?")
            .append(2 + 2 * i)
            .append(", ?")
            .append(3 + 2 * i)
            .append(")");
      }
      var insert = em.createNativeQuery(sql.toString()).setParameter(1, screening.id());
      for (int i = 0; i < fired.size(); i++) {
        insert
            .setParameter(2 + 2 * i, fired.get(i).id())
            .setParameter(3 + 2 * i, fired.get(i).points());
      }
      insert.executeUpdate();
    }
  }

  public Optional<Stored> find(String id) {
    return Optional.ofNullable(em.find(StoredScreening.class, id)).map(ScreeningStore::read);
  }

  /**
   * The candidate's newest screening with its profile, if any: one row read, where the list of
   * screenings would read and parse up to a hundred (a native query, as {@link #before}).
   */
  public Optional<Stored> latest(Ats ats, String candidateId) {
    return latestId(ats, candidateId).flatMap(this::find);
  }

  /** The id of the candidate's latest screening. */
  public Optional<String> latestId(Ats ats, String candidateId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM screening WHERE ats = ?1 AND candidate_id = ?2"
                    + " ORDER BY screened_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
            .setParameter(1, ats.name())
            .setParameter(2, candidateId)
            .getResultList();
    return ids.stream().findFirst().map(String.class::cast);
  }

  /** The candidate a screened application belongs to (the latest screening naming it). */
  public Optional<String> candidateOfApplication(Ats ats, String applicationId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT candidate_id FROM screening WHERE ats = ?1 AND application_id = ?2"
                    + " ORDER BY screened_at DESC FETCH FIRST 1 ROWS ONLY")
            .setParameter(1, ats.name())
            .setParameter(2, applicationId)
            .getResultList();
    return ids.stream().findFirst().map(String.class::cast);
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

  /**
   * The candidate's newest screening other than the given one, if any: a native query, because
   * EclipseLink prepares a JPQL query again whenever a row limit is set on it.
   */
  public Optional<Screening> before(Screening screening) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT result_json FROM screening WHERE ats = ?1 AND candidate_id = ?2 AND id <> ?3"
                    + " ORDER BY screened_at DESC FETCH FIRST 1 ROWS ONLY")
            .setParameter(1, screening.ats().name())
            .setParameter(2, screening.candidateId())
            .setParameter(3, screening.id())
            .getResultList();
    return rows.stream().findFirst().map(json -> JSON.fromJson((String) json, Screening.class));
  }

  /**
   * Locks the candidate's case until the transaction ends (the row of its newest screening, FOR
   * UPDATE), so two systems adding evidence at once take turns on every instance sharing the
   * database and the second merges into what the first stored; false when never screened.
   */
  public boolean lockCase(Ats ats, String candidateId) {
    return !em.createNativeQuery(
            "SELECT id FROM screening WHERE ats = ?1 AND candidate_id = ?2"
                + " ORDER BY screened_at DESC, id DESC FETCH FIRST 1 ROWS ONLY FOR UPDATE")
        .setParameter(1, ats.name())
        .setParameter(2, candidateId)
        .getResultList()
        .isEmpty();
  }

  /** The most recent stored screenings with their profiles, newest first. */
  public List<Stored> recent(int limit) {
    return em
        .createQuery(
            "SELECT s FROM StoredScreening s ORDER BY s.screenedAt DESC", StoredScreening.class)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(ScreeningStore::read)
        .toList();
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
