package telltale.screening.control;

import java.util.Locale;
import java.util.Map;

/**
 * Friendly names of the systems and people that send evidence, for the card and the timeline:
 * {@code persona} reads "Persona", {@code webhook:greenhouse/default} reads "Greenhouse", the
 * generic connector reads as the sender's connection name, an API key as its own name.
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

  private Sources() {}

  /** The name a recruiter reads for an actor as Telltale recorded it. */
  public static String friendly(String actor) {
    if (actor == null || actor.isBlank()) {
      return "unknown";
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
