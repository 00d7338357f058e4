package telltale.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import telltale.configfile.ConfigFiles;
import telltale.configfile.YamlNode;

/**
 * Remote desktop, RMM and IP-KVM tools by name and alias, minus those the employer's IT sanctions
 * ({@code telltale.onboarding.sanctioned-tools}).
 */
public final class RemoteAccessTools {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

  /** A known tool. */
  public record Tool(String name, String kind) {}

  private final Map<String, Tool> byName;
  private final Set<String> sanctioned;

  private RemoteAccessTools(Map<String, Tool> byName, Set<String> sanctioned) {
    this.byName = Map.copyOf(byName);
    this.sanctioned =
        sanctioned.stream().map(RemoteAccessTools::key).collect(Collectors.toUnmodifiableSet());
  }

  public static RemoteAccessTools load(ConfigFiles.Named file, Collection<String> sanctioned) {
    Map<String, Tool> byName = new HashMap<>();
    for (YamlNode item : YamlNode.parse(file.name(), file.stream()).get("tools").items()) {
      YamlNode entry =
          item.as("tool '" + item.optional("name").map(YamlNode::text).orElse("?") + "'");
      Tool tool = new Tool(entry.text("name"), entry.text("kind"));
      byName.put(key(tool.name()), tool);
      entry.optionalTexts("aliases").forEach(alias -> byName.put(key(alias), tool));
    }
    return new RemoteAccessTools(byName, Set.copyOf(sanctioned));
  }

  public static RemoteAccessTools of(Set<String> sanctioned, Tool... tools) {
    Map<String, Tool> byName = new HashMap<>();
    for (Tool t : tools) {
      byName.put(key(t.name()), t);
    }
    return new RemoteAccessTools(byName, sanctioned);
  }

  /**
   * The tool a reported name stands for, unless IT sanctions it. Unknown names count as tools too.
   */
  public Optional<String> unsanctioned(String reported) {
    String key = key(reported);
    Tool tool = byName.get(key);
    String name = tool == null ? reported.strip() : tool.name();
    if (sanctioned.contains(key) || sanctioned.contains(key(name))) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  public int size() {
    return byName.size();
  }

  private static String key(String name) {
    return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
