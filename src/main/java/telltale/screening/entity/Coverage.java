package telltale.screening.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.ArrayList;
import java.util.List;

/**
 * What could be checked: rules whose inputs were missing are listed, never guessed; notes say in
 * plain words what happened to inputs that arrived in a form Telltale had to read first (a resume
 * file read, too large, encrypted, not fetched...).
 */
public record Coverage(
    int evaluated, int total, List<NotEvaluated> notEvaluated, List<String> notes) {

  /** JSON-B's constructor (a record with two has to name it); stored results without notes read. */
  @JsonbCreator
  public Coverage {
    notEvaluated = List.copyOf(notEvaluated);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public Coverage(int evaluated, int total, List<NotEvaluated> notEvaluated) {
    this(evaluated, total, notEvaluated, List.of());
  }

  /** The same coverage with these notes added. */
  public Coverage withNotes(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(more);
    return new Coverage(evaluated, total, notEvaluated, all);
  }

  /** A rule that could not run, and the profile fields it lacked. */
  public record NotEvaluated(String id, List<String> missing) {}
}
