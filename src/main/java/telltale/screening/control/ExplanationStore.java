package telltale.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import telltale.profile.Ats;

/** Signals people marked as explained (table explanation), one per candidate and rule. */
@ApplicationScoped
public class ExplanationStore {
  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  /** What explains one rule of a candidate, and the keyed evidence it was given for. */
  public record Explained(String evidenceKey, String reason, String reviewer) {
    /** The words the card and the API show after "explained by". */
    public String words() {
      return "reviewer " + reviewer + ": " + reason;
    }
  }

  /** Keeps the explanation, in place of an earlier one for the same rule. */
  public void put(
      Ats ats,
      String candidateId,
      String rule,
      Explained explained,
      String screeningId,
      OffsetDateTime at) {
    em.createNativeQuery(
            "DELETE FROM explanation WHERE ats = ?1 AND candidate_id = ?2 AND rule_id = ?3")
        .setParameter(1, ats.name())
        .setParameter(2, candidateId)
        .setParameter(3, rule)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO explanation (ats, candidate_id, rule_id, evidence_key, reason, reviewer,"
                + " screening_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, ats.name())
        .setParameter(2, candidateId)
        .setParameter(3, rule)
        .setParameter(4, explained.evidenceKey())
        .setParameter(5, explained.reason())
        .setParameter(6, explained.reviewer())
        .setParameter(7, screeningId)
        .setParameter(8, at)
        .executeUpdate();
  }

  /** The candidate's explanations by rule id. */
  public Map<String, Explained> of(Ats ats, String candidateId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT rule_id, evidence_key, reason, reviewer FROM explanation"
                    + " WHERE ats = ?1 AND candidate_id = ?2")
            .setParameter(1, ats.name())
            .setParameter(2, candidateId)
            .getResultList();
    Map<String, Explained> byRule = new HashMap<>();
    for (Object[] row : rows) {
      byRule.put((String) row[0], new Explained((String) row[1], (String) row[2], (String) row[3]));
    }
    return byRule;
  }
}
