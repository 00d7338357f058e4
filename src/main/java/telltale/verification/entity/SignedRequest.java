package telltale.verification.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One vendor delivery exactly as received: the raw body (signatures are checked on these bytes,
 * never on a re-serialisation) and the headers, looked up case-insensitively.
 */
public record SignedRequest(Map<String, List<String>> headers, byte[] body) {
  public SignedRequest {
    Map<String, List<String>> folded = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) ->
            folded.merge(
                name,
                List.copyOf(values),
                (a, b) -> {
                  List<String> all = new ArrayList<>(a);
                  all.addAll(b);
                  return List.copyOf(all);
                }));
    headers = Collections.unmodifiableMap(folded);
    body = body.clone();
  }

  /** Every value of a header, stripped (a doubled header has several). */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name, List.of()).stream().map(String::strip).toList();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
