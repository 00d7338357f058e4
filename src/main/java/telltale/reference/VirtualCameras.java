package telltale.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import telltale.configfile.ConfigFiles;
import telltale.configfile.YamlNode;

/**
 * Virtual and software cameras by name and alias, each marked ordinary (background effects, a phone
 * used as a webcam) or not (streaming, playback and loopback cameras).
 */
public final class VirtualCameras {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
  private static final Set<String> KINDS =
      Set.of("effects", "phone", "streaming", "playback", "loopback", "filter");

  /** A listed camera. */
  public record Camera(String name, String kind, boolean ordinary, String description) {}

  private final Map<String, Camera> byName;

  private VirtualCameras(Map<String, Camera> byName) {
    this.byName = Map.copyOf(byName);
  }

  public static VirtualCameras load(ConfigFiles.Named file) {
    Map<String, Camera> byName = new HashMap<>();
    for (YamlNode item : YamlNode.parse(file.name(), file.stream()).get("cameras").items()) {
      YamlNode entry =
          item.as("camera '" + item.optional("name").map(YamlNode::text).orElse("?") + "'");
      String kind = entry.text("kind");
      if (!KINDS.contains(kind)) {
        throw entry.problem("kind must be one of " + KINDS);
      }
      String ordinary = entry.text("ordinary");
      if (!ordinary.equals("true") && !ordinary.equals("false")) {
        throw entry.problem("ordinary must be true or false");
      }
      Camera camera =
          new Camera(
              entry.text("name"), kind, Boolean.parseBoolean(ordinary), entry.text("description"));
      byName.put(key(camera.name()), camera);
      entry.optionalTexts("aliases").forEach(alias -> byName.put(key(alias), camera));
    }
    return new VirtualCameras(byName);
  }

  public static VirtualCameras of(Camera... cameras) {
    Map<String, Camera> byName = new HashMap<>();
    for (Camera c : cameras) {
      byName.put(key(c.name()), c);
    }
    return new VirtualCameras(byName);
  }

  /** The listed camera a reported device name stands for, compared whole. */
  public Optional<Camera> find(String reported) {
    return reported == null ? Optional.empty() : Optional.ofNullable(byName.get(key(reported)));
  }

  public int size() {
    return byName.size();
  }

  private static String key(String name) {
    return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
