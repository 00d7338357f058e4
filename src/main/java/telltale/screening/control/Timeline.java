package telltale.screening.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import telltale.catalogue.entity.Band;
import telltale.screening.entity.CaseEvent;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Trigger;

/** A candidate's screenings as a timeline, oldest first, with how the band moved. */
public final class Timeline {
  private Timeline() {}

  /** The timeline of screenings given newest first, as the store returns them. */
  public static List<CaseEvent> of(List<Screening> newestFirst) {
    List<Screening> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    List<CaseEvent> events = new ArrayList<>();
    Band before = null;
    for (Screening s : oldestFirst) {
      Trigger trigger = s.trigger();
      events.add(
          new CaseEvent(
              s.id(),
              s.screenedAt(),
              s.band(),
              s.score(),
              before,
              trigger == null ? "screened" : trigger.action(),
              trigger == null ? null : trigger.from(),
              s.provenance().stream().filter(p -> p.at().equals(s.screenedAt())).toList()));
      before = s.band();
    }
    return events;
  }
}
