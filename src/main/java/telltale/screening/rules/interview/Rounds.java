package telltale.screening.rules.interview;

import java.util.ArrayList;
import java.util.List;
import telltale.profile.Interview;

/** Interview round numbers and how they read in evidence ("rounds 1 and 2"). */
final class Rounds {
  private Rounds() {}

  static int number(List<Interview> interviews, Interview interview) {
    return interview.round() != null ? interview.round() : interviews.indexOf(interview) + 1;
  }

  static String describe(List<Integer> rounds) {
    List<String> names =
        new ArrayList<>(rounds.stream().sorted().distinct().map(String::valueOf).toList());
    if (names.size() == 1) {
      return "round " + names.get(0);
    }
    String last = names.remove(names.size() - 1);
    return "rounds " + String.join(", ", names) + " and " + last;
  }
}
