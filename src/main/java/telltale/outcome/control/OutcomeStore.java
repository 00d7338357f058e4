package telltale.outcome.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import telltale.database.ResultValues;
import telltale.outcome.entity.Outcome;
import telltale.outcome.entity.RecordedOutcome;

/** The screening_outcome table: one current outcome per screening. */
@ApplicationScoped
public class OutcomeStore {
  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  /** Replaces the screening's outcome, or records the first one. */
  public void put(RecordedOutcome outcome) {
    int updated =
        em.createNativeQuery(
                "UPDATE screening_outcome SET outcome = ?1, reviewer = ?2, reason = ?3,"
                    + " recorded_at = ?4 WHERE screening_id = ?5")
            .setParameter(1, outcome.outcome().name())
            .setParameter(2, outcome.reviewer())
            .setParameter(3, outcome.reason())
            .setParameter(4, ResultValues.utc(outcome.recordedAt()))
            .setParameter(5, outcome.screeningId())
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO screening_outcome (screening_id, outcome, reviewer, reason, recorded_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, outcome.screeningId())
          .setParameter(2, outcome.outcome().name())
          .setParameter(3, outcome.reviewer())
          .setParameter(4, outcome.reason())
          .setParameter(5, ResultValues.utc(outcome.recordedAt()))
          .executeUpdate();
    }
  }

  public Optional<RecordedOutcome> find(String screeningId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT screening_id, outcome, reviewer, reason, recorded_at"
                    + " FROM screening_outcome WHERE screening_id = ?1")
            .setParameter(1, screeningId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new RecordedOutcome(
                    (String) row[0],
                    Outcome.valueOf((String) row[1]),
                    (String) row[2],
                    ResultValues.text(row[3]),
                    ResultValues.instant(row[4])));
  }
}
