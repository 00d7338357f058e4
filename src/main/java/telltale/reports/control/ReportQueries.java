package telltale.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import telltale.catalogue.entity.Band;
import telltale.database.ResultValues;
import telltale.outcome.entity.Outcome;
import telltale.reports.entity.ScreenedCase;

/**
 * The counts behind the reports, grouped in the database: fired rules come from screening_signal
 * (written with each screening), not from parsing the stored result JSON.
 */
@ApplicationScoped
public class ReportQueries {
  /** Rows the per-screening export lists at most. */
  public static final int MAX_CASES = 100_000;

  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  public long screenings() {
    return ResultValues.number(
        em.createNativeQuery("SELECT COUNT(*) FROM screening").getSingleResult());
  }

  public Map<String, Long> firedPerRule() {
    Map<String, Long> fired = new HashMap<>();
    for (Object[] row : rows("SELECT rule_id, COUNT(*) FROM screening_signal GROUP BY rule_id")) {
      fired.put((String) row[0], ResultValues.number(row[1]));
    }
    return fired;
  }

  public Map<String, Map<Outcome, Long>> firedByOutcome() {
    Map<String, Map<Outcome, Long>> fired = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT s.rule_id, o.outcome, COUNT(*) FROM screening_signal s"
                + " JOIN screening_outcome o ON o.screening_id = s.screening_id"
                + " GROUP BY s.rule_id, o.outcome")) {
      fired
          .computeIfAbsent((String) row[0], r -> new HashMap<>())
          .put(Outcome.valueOf((String) row[1]), ResultValues.number(row[2]));
    }
    return fired;
  }

  /** The latest recorded outcome of each screening that has one. */
  public Map<String, String> outcomeByScreening() {
    Map<String, String> outcomes = new HashMap<>();
    for (Object[] row : rows("SELECT screening_id, outcome FROM screening_outcome")) {
      outcomes.put((String) row[0], (String) row[1]);
    }
    return outcomes;
  }

  public Map<Outcome, Long> outcomes() {
    Map<Outcome, Long> outcomes = new HashMap<>();
    for (Object[] row : rows("SELECT outcome, COUNT(*) FROM screening_outcome GROUP BY outcome")) {
      outcomes.put(Outcome.valueOf((String) row[0]), ResultValues.number(row[1]));
    }
    return outcomes;
  }

  /** Screenings screened in [from, to), counted per band, role title, source and stage. */
  public List<FlagRates.Cell> cells(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT band, role_title, source, stage, COUNT(*) FROM screening"
                    + " WHERE screened_at >= ?1 AND screened_at < ?2"
                    + " GROUP BY band, role_title, source, stage")
            .setParameter(1, ResultValues.utc(from))
            .setParameter(2, ResultValues.utc(to))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new FlagRates.Cell(
                    Band.valueOf((String) row[0]),
                    ResultValues.text(row[1]),
                    ResultValues.text(row[2]),
                    ResultValues.text(row[3]),
                    ResultValues.number(row[4])))
        .toList();
  }

  /** Screenings screened in [from, to), oldest first. */
  public List<ScreenedCase> cases(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, ats, candidate_id, screened_at, band, role_title, source, stage"
                    + " FROM screening WHERE screened_at >= ?1 AND screened_at < ?2"
                    + " ORDER BY screened_at, id FETCH FIRST "
                    + MAX_CASES
                    + " ROWS ONLY")
            .setParameter(1, ResultValues.utc(from))
            .setParameter(2, ResultValues.utc(to))
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Band band = Band.valueOf((String) row[4]);
              return new ScreenedCase(
                  (String) row[0],
                  (String) row[1],
                  (String) row[2],
                  ResultValues.instant(row[3]),
                  band,
                  band != Band.LOW,
                  ResultValues.text(row[5]),
                  ResultValues.text(row[6]),
                  ResultValues.text(row[7]));
            })
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }
}
