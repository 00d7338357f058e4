package telltale.privacy;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.configfile.YamlNode;

/**
 * Renders the candidate privacy notice and the DPIA template from
 * config/privacy/data-inventory.yaml, so both list exactly the data each connector reads, why, and
 * for how long.
 */
final class PrivacyTemplates {
  static final String GENERATED =
      "<!-- Generated from config/privacy/data-inventory.yaml by PrivacyTemplatesTest. Do not edit:"
          + " edit the inventory and run the test with -Dprivacy.templates.write=true. -->\n";
  static final Map<String, String> STORED =
      Map.of(
          "profile", "kept with the screening as received",
          "keyed_hash", "only a keyed hash (HMAC), never the value",
          "country", "only the country",
          "status", "only the status or pass/fail result",
          "not_stored", "not kept: read in memory for one screening");

  record Read(String data, String why, String stored, String keptFor) {}

  record Connector(String id, String name, String kind, List<Read> reads, List<String> ignores) {}

  record Inventory(List<String> never, List<Connector> connectors) {}

  private PrivacyTemplates() {}

  static Inventory read(String file, InputStream in) {
    YamlNode root = YamlNode.parse(file, in);
    root.allowOnly(Set.of("never", "connectors"));
    return new Inventory(
        root.texts("never"),
        root.get("connectors").items().stream()
            .map(
                c -> {
                  c.allowOnly(Set.of("id", "name", "kind", "reads", "ignores"));
                  return new Connector(
                      c.text("id"),
                      c.text("name"),
                      c.text("kind"),
                      c.get("reads").items().stream()
                          .map(
                              r -> {
                                r.allowOnly(Set.of("data", "why", "stored", "keptFor"));
                                String stored = r.text("stored");
                                if (!STORED.containsKey(stored)) {
                                  throw r.problem(
                                      "stored must be one of "
                                          + STORED.keySet()
                                          + ", not "
                                          + stored);
                                }
                                return new Read(
                                    r.text("data"),
                                    r.text("why"),
                                    stored,
                                    r.optional("keptFor").map(k -> k.text()).orElse(null));
                              })
                          .toList(),
                      c.optionalTexts("ignores"));
                })
            .toList());
  }

  static String retention(Read read, int days) {
    if (read.keptFor() != null) {
      return read.keptFor();
    }
    return read.stored().equals("not_stored")
        ? "none"
        : days + " days after the screening, or at once on erasure";
  }

  static String notice(Inventory inventory, int days) {
    StringBuilder md = new StringBuilder(GENERATED);
    md.append("\n# Privacy notice for candidates: identity and fraud checks (template)\n\n")
        .append(
            "[Employer] checks applications for signs that an identity is not genuine or that"
                + " someone else is taking part in the process, using a service called Telltale."
                + " Telltale never rejects anyone: it tells our recruiters what to verify, and a"
                + " person decides. This notice lists exactly what it reads about you, from which"
                + " system, why, and for how long it keeps it.\n\n")
        .append("## What we never use\n\n");
    inventory.never().forEach(n -> md.append("- ").append(n).append('\n'));
    md.append("\n## What we read, why, and how long we keep it\n");
    for (Connector c : inventory.connectors()) {
      md.append("\n### ").append(c.name()).append("\n\n");
      md.append("| What | Why | How it is kept | For how long |\n|---|---|---|---|\n");
      for (Read r : c.reads()) {
        md.append("| ")
            .append(r.data())
            .append(" | ")
            .append(r.why())
            .append(" | ")
            .append(STORED.get(r.stored()))
            .append(" | ")
            .append(retention(r, days))
            .append(" |\n");
      }
      if (!c.ignores().isEmpty()) {
        md.append("\nNever read from this source: ")
            .append(String.join(", ", c.ignores()))
            .append(".\n");
      }
    }
    md.append("\n## Your rights\n\n")
        .append(
            "You may ask for a copy of everything held about you (we export it in full, with the"
                + " source and time of every fact), for a correction, or for erasure. Everything"
                + " is deleted automatically "
                + days
                + " days after the check that stored it. Contact: [privacy contact].\n");
    return md.toString();
  }

  static String dpia(Inventory inventory, int days) {
    StringBuilder md = new StringBuilder(GENERATED);
    md.append("\n# Data-protection impact assessment: Telltale (short template)\n\n")
        .append("## 1. Purpose and necessity\n\n")
        .append(
            "Purpose: detect fabricated identities and proxy interviews in hiring, and say which"
                + " verification step comes next. Decisions stay with people; no candidate is"
                + " rejected automatically. [Legal basis: to be completed.]\n\n")
        .append("## 2. Data processed, per source\n\n")
        .append(
            "| Source | Kind | Data | Purpose | Storage | Retention |\n|---|---|---|---|---|---|\n");
    for (Connector c : inventory.connectors()) {
      for (Read r : c.reads()) {
        md.append("| ")
            .append(c.name())
            .append(" | ")
            .append(c.kind())
            .append(" | ")
            .append(r.data())
            .append(" | ")
            .append(r.why())
            .append(" | ")
            .append(r.stored())
            .append(" | ")
            .append(retention(r, days))
            .append(" |\n");
      }
    }
    md.append("\n## 3. Data deliberately excluded\n\n");
    inventory.never().forEach(n -> md.append("- ").append(n).append('\n'));
    Map<String, List<String>> ignored = new LinkedHashMap<>();
    inventory.connectors().forEach(c -> ignored.put(c.name(), c.ignores()));
    ignored.forEach(
        (name, list) -> {
          if (!list.isEmpty()) {
            md.append("- from ")
                .append(name)
                .append(": ")
                .append(String.join(", ", list))
                .append('\n');
          }
        });
    md.append("\n## 4. Measures\n\n")
        .append("- Retention: telltale.retention.days = ")
        .append(days)
        .append("; an hourly job deletes older screenings with everything stored with them.\n")
        .append(
            "- Erasure and export per candidate (DELETE and GET /api/v1/candidates/{ats}/{candidateId}/export).\n")
        .append("- Comparisons across candidates use keyed hashes (HMAC) only.\n")
        .append("- Every fact keeps its source and time; the audit log holds no personal data.\n")
        .append("- No rule uses nationality, ethnicity, language, accent, age, sex or photos.\n")
        .append(
            "\n## 5. Residual risks and sign-off\n\n[To be completed by the data-protection officer.]\n");
    return md.toString();
  }
}
