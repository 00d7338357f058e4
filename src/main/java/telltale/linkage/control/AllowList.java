package telltale.linkage.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import telltale.profile.PostalAddress;

/**
 * Contacts that many genuine candidates share and that must never link them: staffing-agency e-mail
 * domains and phone numbers, the employer's own office addresses.
 */
public final class AllowList {
  private final Set<String> emailDomains;
  private final Set<String> phones;
  private final Set<String> addresses;

  public AllowList(List<String> emailDomains, List<String> phones, List<String> addresses) {
    this.emailDomains =
        emailDomains.stream()
            .map(d -> d.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    this.phones =
        phones.stream().map(p -> Identifiers.phone(p, null).orElse(p)).collect(Collectors.toSet());
    this.addresses =
        addresses.stream()
            .map(a -> new PostalAddress(null, List.of(a), null, null, null, null).comparable())
            .collect(Collectors.toSet());
  }

  public static AllowList none() {
    return new AllowList(List.of(), List.of(), List.of());
  }

  boolean email(String normalised) {
    return emailDomains.contains(normalised.substring(normalised.lastIndexOf('@') + 1));
  }

  boolean phone(String normalised) {
    return phones.contains(normalised);
  }

  /**
   * An allowed address matches when the candidate's address starts with it (city and code may
   * follow).
   */
  boolean address(String comparable) {
    return addresses.stream()
        .anyMatch(a -> !a.isBlank() && (comparable.equals(a) || comparable.startsWith(a + " ")));
  }
}
