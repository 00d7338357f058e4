package telltale.screening.entity;

import java.util.List;

/** What could be checked: rules whose inputs were missing are listed, never guessed. */
public record Coverage(int evaluated, int total, List<NotEvaluated> notEvaluated) {

  public Coverage {
    notEvaluated = List.copyOf(notEvaluated);
  }

  /** A rule that could not run, and the profile fields it lacked. */
  public record NotEvaluated(String id, List<String> missing) {}
}
