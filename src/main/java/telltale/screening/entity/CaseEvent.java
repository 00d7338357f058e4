package telltale.screening.entity;

import java.time.Instant;
import java.util.List;
import telltale.catalogue.entity.Band;

/**
 * One step of a candidate's case: a screening, when, its band and score, the band before it, what
 * started it and from whom, and which facts arrived with it.
 */
public record CaseEvent(
    String screeningId,
    Instant at,
    Band band,
    int score,
    Band bandBefore,
    String trigger,
    String from,
    List<Provenance> arrived) {

  public CaseEvent {
    arrived = List.copyOf(arrived);
  }

  /** True when the band differs from the screening before. */
  public boolean bandMoved() {
    return bandBefore != null && bandBefore != band;
  }
}
