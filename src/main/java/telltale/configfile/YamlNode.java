package telltale.configfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML node with the file and line it came from, so that every complaint about the catalogue
 * names the file, the entry and the line.
 */
public final class YamlNode {
  private final String file;
  private final String entry;
  private final Node node;

  private YamlNode(String file, String entry, Node node) {
    this.file = file;
    this.entry = entry;
    this.node = node;
  }

  public static YamlNode parse(String file, InputStream in) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false).build();
    try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Optional<Node> root = new Compose(settings).composeReader(reader);
      return new YamlNode(
          file,
          "top level",
          root.orElseThrow(() -> new ConfigFileException(file + ": file is empty")));
    } catch (YamlEngineException e) {
      throw new ConfigFileException(file + ": not valid YAML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ConfigFileException(file + ": cannot be read", e);
    }
  }

  public int line() {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  /** The same node, named differently in messages, e.g. "rule 'phone_voip'". */
  public YamlNode as(String entryName) {
    return new YamlNode(file, entryName, node);
  }

  public ConfigFileException problem(String what) {
    return new ConfigFileException(file + ", " + entry + " (line " + line() + "): " + what);
  }

  public Map<String, YamlNode> fields() {
    if (!(node instanceof MappingNode mapping)) {
      throw problem("expected a mapping of keys to values");
    }
    Map<String, YamlNode> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw problem("keys must be plain words");
      }
      fields.put(key.getValue(), new YamlNode(file, entry, tuple.getValueNode()));
    }
    return fields;
  }

  public Optional<YamlNode> optional(String key) {
    return Optional.ofNullable(fields().get(key)).filter(n -> !n.isNull());
  }

  public YamlNode get(String key) {
    return optional(key).orElseThrow(() -> problem("'" + key + "' is missing"));
  }

  public void allowOnly(Set<String> keys) {
    for (String key : fields().keySet()) {
      if (!keys.contains(key)) {
        throw problem("unknown key '" + key + "' (allowed: " + String.join(", ", keys) + ")");
      }
    }
  }

  public boolean isNull() {
    return Tag.NULL.equals(node.getTag());
  }

  public String text() {
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      throw problem("expected a non-empty text");
    }
    return scalar.getValue().strip();
  }

  public String text(String key) {
    return get(key).text();
  }

  public int integer(String key, int min, int max) {
    String value = text(key);
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        throw get(key)
            .problem(
                "'" + key + "' must be a whole number from " + min + " to " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw get(key).problem("'" + key + "' must be a whole number, not '" + value + "'");
    }
  }

  public List<YamlNode> items() {
    if (!(node instanceof SequenceNode sequence)) {
      throw problem("expected a list");
    }
    List<YamlNode> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(new YamlNode(file, entry, item));
    }
    return items;
  }

  public List<String> texts(String key) {
    return get(key).items().stream().map(YamlNode::text).toList();
  }

  public List<String> optionalTexts(String key) {
    return optional(key)
        .map(n -> n.items().stream().map(YamlNode::text).toList())
        .orElse(List.of());
  }

  public boolean isScalar() {
    return node instanceof ScalarNode;
  }
}
