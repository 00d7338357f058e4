package telltale.reference;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import telltale.configfile.ConfigFiles;
import telltale.configfile.YamlNode;

/**
 * First public release of technologies named as resume skills, for "used before it existed" checks.
 * A skill matches a name or alias as a whole, ignoring case.
 */
public final class TechnologyReleases {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A technology and the month of its first public release. */
  public record Technology(String name, YearMonth released, String source) {}

  private final Map<String, Technology> byName;

  private TechnologyReleases(Map<String, Technology> byName) {
    this.byName = Map.copyOf(byName);
  }

  public static TechnologyReleases load(ConfigFiles.Named file) {
    Map<String, Technology> byName = new HashMap<>();
    for (YamlNode item : YamlNode.parse(file.name(), file.stream()).get("technologies").items()) {
      YamlNode entry =
          item.as("technology '" + item.optional("name").map(YamlNode::text).orElse("?") + "'");
      entry.allowOnly(Set.of("name", "aliases", "released", "source", "note"));
      YearMonth released;
      try {
        released = YearMonth.parse(entry.text("released"));
      } catch (DateTimeParseException e) {
        throw entry.problem("'released' must be a year and month such as 2011-01");
      }
      Technology technology =
          new Technology(
              entry.text("name"),
              released,
              entry.optional("source").map(YamlNode::text).orElse(""));
      byName.put(key(technology.name()), technology);
      entry.optionalTexts("aliases").forEach(alias -> byName.put(key(alias), technology));
    }
    return new TechnologyReleases(byName);
  }

  public static TechnologyReleases of(Technology... technologies) {
    Map<String, Technology> byName = new HashMap<>();
    for (Technology t : technologies) {
      byName.put(key(t.name()), t);
    }
    return new TechnologyReleases(byName);
  }

  public Optional<Technology> find(String skill) {
    return skill == null ? Optional.empty() : Optional.ofNullable(byName.get(key(skill)));
  }

  public int size() {
    return byName.size();
  }

  private static String key(String name) {
    return SPACES.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
