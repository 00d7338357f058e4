package telltale.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for record lists: absent means empty; nulls inside are kept for validation. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
