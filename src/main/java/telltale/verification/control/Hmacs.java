package telltale.verification.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import telltale.verification.entity.SignedRequest;

/** HMAC-SHA256, hex reading, constant-time comparison and header reading for every vendor. */
final class Hmacs {
  private Hmacs() {}

  /** Hex in either case, or a refusal naming what was malformed. */
  static byte[] hex(String text, String what) {
    if (text == null || text.isEmpty() || text.length() % 2 != 0) {
      throw new Refused("malformed " + what);
    }
    try {
      return HexFormat.of().parseHex(text);
    } catch (IllegalArgumentException e) {
      throw new Refused("malformed " + what);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The one value of the first of these headers that is present; doubled values are refused. */
  static String header(SignedRequest request, String... names) {
    for (String name : names) {
      List<String> values = request.headerValues(name).stream().distinct().toList();
      if (values.size() > 1) {
        throw new Refused("conflicting " + name + " headers");
      }
      if (values.size() == 1 && !values.get(0).isEmpty()) {
        return values.get(0);
      }
    }
    throw new Refused("missing " + names[0] + " header");
  }

  /** "sha256:" and the hex SHA-256 of the raw body, for vendors that send no event id. */
  static String bodyHash(SignedRequest request) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.body());
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
