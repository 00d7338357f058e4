package telltale.linkage.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import telltale.linkage.entity.Fingerprint;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.profile.IpLiteral;
import telltale.profile.PostalAddress;

/**
 * Turns a profile's identifiers into keyed hashes (HMAC-SHA256 under the linkage secret): phones,
 * e-mails, addresses, the payroll account holder, the equipment shipping address, and an interview
 * meeting's machine (already a keyed hash) and public address. Entries of the employer's allow-list
 * (agency contacts, own offices) are left out.
 */
public final class Fingerprinter {
  /** Print kinds of an interview meeting's machine and connection address. */
  public static final String MEETING_DEVICE = "meeting_device";

  public static final String MEETING_NETWORK = "meeting_network";

  private final SecretKeySpec key;
  private final AllowList allowed;
  private final ThreadLocal<Mac> macs;

  public Fingerprinter(byte[] secret, AllowList allowed) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.allowed = allowed;
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  public List<Fingerprint> of(CandidateProfile profile) {
    String country = profile.location() == null ? null : profile.location().country();
    Set<Fingerprint> prints = new LinkedHashSet<>();
    for (String phone : profile.phones()) {
      Identifiers.phone(phone, country)
          .filter(p -> !allowed.phone(p))
          .ifPresent(p -> prints.add(print("phone", p)));
    }
    for (String email : profile.emails()) {
      Identifiers.email(email)
          .filter(e -> !allowed.email(e))
          .ifPresent(e -> prints.add(print("email", e)));
    }
    for (PostalAddress address : profile.addresses()) {
      address(address).ifPresent(a -> prints.add(print("address", a)));
    }
    if (profile.onboarding() != null) {
      Identifiers.name(profile.onboarding().payrollAccountHolder())
          .ifPresent(h -> prints.add(print("payroll_holder", h)));
      if (profile.onboarding().shippingAddress() != null) {
        address(profile.onboarding().shippingAddress())
            .ifPresent(a -> prints.add(print("shipping_address", a)));
      }
    }
    for (Interview interview : profile.interviews()) {
      // the platform's machine identifier arrives already keyed ("kind:hash"); keyed again here
      if (interview.deviceKey() != null && !interview.deviceKey().isBlank()) {
        prints.add(print(MEETING_DEVICE, interview.deviceKey()));
      }
      // the connection's exact public address, never a range: a /24 of a mobile carrier, a
      // university or a VPN provider holds thousands of unrelated people
      if (interview.meetingIp() != null) {
        IpLiteral.parse(interview.meetingIp())
            .ifPresent(ip -> prints.add(print(MEETING_NETWORK, ip.getHostAddress())));
      }
      // a platform's address arrives as the keyed hash of the same normalised form (the address
      // itself is not kept), so it links with a typed address and with other platforms' reads
      if (interview.networkKey() != null && interview.networkKey().matches("[0-9a-f]{64}")) {
        prints.add(new Fingerprint(MEETING_NETWORK, interview.networkKey()));
      }
    }
    return new ArrayList<>(prints);
  }

  /** The keyed hash of the candidate's name, to tell "another name" without keeping names. */
  public Optional<String> nameKey(CandidateProfile profile) {
    return Identifiers.name(profile.name()).map(n -> hmac("name", n));
  }

  /**
   * A keyed hash for audit subjects (ATS and candidate id), so the audit log holds no ids in clear.
   */
  public String subject(String ats, String candidateId) {
    return hmac("subject", ats + "/" + candidateId);
  }

  private Optional<String> address(PostalAddress address) {
    String text = address.comparable();
    if (text.isBlank() || allowed.address(text)) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** The keyed hash of a value already normalised by the caller (resume document prints). */
  public String keyed(String kind, String normalised) {
    return hmac(kind, normalised);
  }

  private Fingerprint print(String kind, String normalised) {
    return new Fingerprint(kind, hmac(kind, normalised));
  }

  private String hmac(String kind, String value) {
    Mac mac = macs.get();
    mac.update(kind.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }

  /** A Mac is not thread-safe and costly to look up; each thread keeps one under the key. */
  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
