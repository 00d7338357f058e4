package telltale.it;

/** A profile whose every free-text value is an attack on the pages that show it. */
final class HostileProfile {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String JS_URL = "javascript:alert(1)";
  static final String RLO = "\u202Egpj.exe";

  private HostileProfile() {}

  static String json() {
    return """
        {
          "candidateId": %s,
          "applicationId": %s,
          "stage": "interview",
          "role": {"title": %s, "remote": true, "privilegedAccess": false},
          "name": {"first": %s, "last": %s},
          "emails": ["hostile.person@example.org"],
          "phones": ["+1 512 555 0178"],
          "location": {"city": %s, "region": %s, "country": "US", "timezone": "America/Chicago"},
          "addresses": [{"kind": "home", "lines": [%s], "city": %s, "postalCode": "78701", "country": "US"}],
          "links": [{"kind": "github", "url": %s}, {"kind": "portfolio", "url": %s}],
          "resumeText": %s,
          "employment": [{"employer": %s, "domain": "example.com", "title": %s, "from": "2020-02", "to": null, "skills": [%s]}],
          "education": [{"institution": %s, "degree": %s, "from": "2013", "to": "2017"}],
          "application": {"submittedAt": "2026-11-10T15:04:05Z", "clientIp": "192.0.2.10", "userAgent": %s, "source": %s},
          "verification": {"identity": "failed", "background": "identity_mismatch"},
          "interviews": [{"round": 1, "at": "2026-11-14T16:00:00Z", "observations": ["camera_refusal"]}]
        }
        """
        .formatted(
            q("hostile-" + IMG),
            q(SCRIPT),
            q(SCRIPT),
            q(SCRIPT),
            q(RLO),
            q(IMG),
            q(RLO),
            q(IMG),
            q(SCRIPT),
            q("https://github.com/hostile-user"),
            q("https://example.org/portfolio"),
            q(SCRIPT + " " + IMG + " " + JS_URL + " " + RLO),
            q(IMG),
            q(SCRIPT),
            q(RLO),
            q(SCRIPT),
            q(IMG),
            q(SCRIPT),
            q(JS_URL + RLO));
  }

  /** The same profile with a javascript: address as a link, which intake refuses. */
  static String withScriptLink() {
    return json().replace("\"https://github.com/hostile-user\"", q(JS_URL));
  }

  private static String q(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
