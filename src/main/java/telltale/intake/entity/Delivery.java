package telltale.intake.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import telltale.profile.Ats;

/**
 * One webhook delivery exactly as received: the raw body bytes (signatures are checked on these,
 * never on a re-serialisation) and the headers, looked up case-insensitively.
 */
public record Delivery(
    Ats ats,
    String connection,
    Map<String, List<String>> headers,
    byte[] body,
    Instant receivedAt) {

  public Delivery {
    Map<String, List<String>> lower = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) ->
            lower.merge(
                name.toLowerCase(Locale.ROOT),
                List.copyOf(values),
                (a, b) -> {
                  var all = new ArrayList<>(a);
                  all.addAll(b);
                  return List.copyOf(all);
                }));
    headers = Collections.unmodifiableMap(lower);
    body = body.clone();
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(values.get(0));
  }

  /** Every value of a header (a doubled header has several). */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name, List.of());
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
