package telltale.screening.control;

import java.util.Locale;
import java.util.Map;

/**
 * Friendly names of the systems and people that send evidence, for the card and the timeline:
 * {@code persona} reads "Persona", {@code webhook:greenhouse/default} reads "Greenhouse", the
 * generic connector reads as the sender's connection name, an API client as the name it sends in
 * the Evidence-Source header ("HR system"), else as its key.
 */
public final class Sources {
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("persona", "Persona"),
          Map.entry("veriff", "Veriff"),
          Map.entry("onfido", "Onfido"),
          Map.entry("checkr", "Checkr"),
          Map.entry("zoom", "Zoom"),
          Map.entry("teams", "Microsoft Teams"),
          Map.entry("meet", "Google Meet"),
          Map.entry("github", "GitHub"),
          Map.entry("gitlab", "GitLab"),
          Map.entry("greenhouse", "Greenhouse"),
          Map.entry("lever", "Lever"),
          Map.entry("ashby", "Ashby"),
          Map.entry("workable", "Workable"),
          Map.entry("smartrecruiters", "SmartRecruiters"),
          Map.entry("jazzhr", "JazzHR"),
          Map.entry("recruitee", "Recruitee"));

  /** Joins an authenticated caller and the name it sends evidence under ("key:1a2b3c4d as HR"). */
  public static final String AS = " as ";

  private Sources() {}

  /** The actor of evidence a caller sends under a name of its own (Evidence-Source header). */
  public static String declared(String caller, String name) {
    return name == null ? caller : caller + AS + name;
  }

  /** The name a recruiter reads for an actor as Telltale recorded it. */
  public static String friendly(String actor) {
    if (actor == null || actor.isBlank()) {
      return "unknown";
    }
    int declared = actor.indexOf(AS);
    if (declared > 0) {
      String name = actor.substring(declared + AS.length());
      return KNOWN.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }
    if (actor.startsWith("key:")) {
      return "an API client (" + actor + ")";
    }
    if (actor.startsWith("jwt:")) {
      return actor.substring("jwt:".length());
    }
    if (actor.startsWith("link:")) {
      return "the interviewer (card form)";
    }
    if (actor.startsWith("webhook:")) {
      String[] atsAndConnection = actor.substring("webhook:".length()).split("/", 2);
      String ats = atsAndConnection[0];
      String connection = atsAndConnection.length > 1 ? atsAndConnection[1] : "default";
      if (ats.equals("generic")) {
        return connection.equals("default") ? "the generic webhook" : connection;
      }
      return KNOWN.getOrDefault(ats, ats);
    }
    return KNOWN.getOrDefault(actor.toLowerCase(Locale.ROOT), actor);
  }
}
