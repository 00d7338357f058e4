package telltale.screening.entity;

import java.util.List;
import telltale.profile.Ats;

/**
 * A candidate's case: the latest screening (with where each fact came from) and the timeline of
 * every screening, oldest first.
 */
public record CandidateCase(
    Ats ats, String candidateId, Screening latest, List<CaseEvent> timeline) {

  public CandidateCase {
    timeline = List.copyOf(timeline);
  }
}
