package telltale.catalogue.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.Handbook;
import telltale.catalogue.entity.RuleDefinition;
import telltale.catalogue.entity.Source;
import telltale.configfile.ConfigFiles;
import telltale.configfile.YamlNode;

/**
 * Reads and validates catalogue/handbook.yaml against the loaded catalogue: every indicator must be
 * a rule, every source listed, every quiz answer one of its options. A bad entry stops the start
 * naming the file, the entry and the line.
 */
public final class HandbookLoader {
  static final String HANDBOOK = "catalogue/handbook.yaml";

  private final ConfigFiles files;

  public HandbookLoader(ConfigFiles files) {
    this.files = files;
  }

  public Handbook load(Catalogue catalogue) {
    YamlNode root = YamlNode.parse(files.describe(HANDBOOK), files.require(HANDBOOK));
    root.allowOnly(Set.of("refused", "cases", "quiz", "modules"));
    Set<String> rules = ids(catalogue.rules(), RuleDefinition::id);
    Set<String> sources = ids(catalogue.sources(), Source::key);
    return new Handbook(
        each(root, "refused", "refused signal", HandbookLoader::refused),
        each(root, "cases", "case", node -> aCase(node, rules, sources)),
        each(root, "quiz", "question", HandbookLoader::question),
        each(root, "modules", "module", node -> module(node, sources)));
  }

  private static Handbook.Refused refused(YamlNode node) {
    node.allowOnly(Set.of("signal", "why"));
    return new Handbook.Refused(node.text("signal"), node.text("why"));
  }

  private static Handbook.Case aCase(YamlNode node, Set<String> rules, Set<String> sources) {
    node.allowOnly(Set.of("title", "year", "story", "indicators", "whatCaughtIt", "sources"));
    List<String> indicators = node.texts("indicators");
    for (String id : indicators) {
      if (!rules.contains(id)) {
        throw node.problem("indicator '" + id + "' is not a rule in " + CatalogueLoader.RULES);
      }
    }
    return new Handbook.Case(
        node.text("title"),
        node.integer("year", 1990, 2100),
        node.text("story"),
        indicators,
        node.text("whatCaughtIt"),
        cited(node, sources));
  }

  private static Handbook.Question question(YamlNode node) {
    node.allowOnly(Set.of("question", "options", "answer", "explanation"));
    List<String> options = node.texts("options");
    if (options.size() < 2) {
      throw node.problem("a question needs at least two options");
    }
    return new Handbook.Question(
        node.text("question"),
        options,
        node.integer("answer", 0, options.size() - 1),
        node.text("explanation"));
  }

  private static Handbook.Module module(YamlNode node, Set<String> sources) {
    node.allowOnly(Set.of("id", "title", "objective", "keyPoints", "sources"));
    return new Handbook.Module(
        node.text("id"),
        node.text("title"),
        node.text("objective"),
        node.texts("keyPoints"),
        cited(node, sources));
  }

  private static List<String> cited(YamlNode node, Set<String> sources) {
    List<String> keys = node.texts("sources");
    for (String key : keys) {
      if (!sources.contains(key)) {
        throw node.problem("source '" + key + "' is not listed in " + CatalogueLoader.SOURCES);
      }
    }
    return keys;
  }

  private static <T> List<T> each(
      YamlNode root, String key, String entryName, Function<YamlNode, T> read) {
    List<T> items = new ArrayList<>();
    List<YamlNode> nodes = root.get(key).items();
    for (int i = 0; i < nodes.size(); i++) {
      items.add(read.apply(nodes.get(i).as(entryName + " " + (i + 1))));
    }
    if (items.isEmpty()) {
      throw root.problem("'" + key + "' must not be empty");
    }
    return items;
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toSet());
  }
}
