package telltale.catalogue.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import telltale.catalogue.entity.Advice;
import telltale.catalogue.entity.Band;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.Checklist;
import telltale.catalogue.entity.MitigatingFact;
import telltale.catalogue.entity.RuleDefinition;
import telltale.catalogue.entity.ScoringPolicy;
import telltale.catalogue.entity.Source;
import telltale.catalogue.entity.Strength;
import telltale.catalogue.entity.Tier;
import telltale.catalogue.entity.TierPolicy;
import telltale.configfile.ConfigFiles;
import telltale.configfile.YamlNode;

/**
 * Reads and validates the catalogue (catalogue/rules.yaml, sources.yaml, scoring.yaml). A bad entry
 * stops the start with a message naming the file, the entry and the line.
 */
public final class CatalogueLoader {
  static final String RULES = "catalogue/rules.yaml";
  static final String SOURCES = "catalogue/sources.yaml";
  static final String SCORING = "catalogue/scoring.yaml";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Set<String> RULE_KEYS =
      Set.of(
          "id",
          "indicator",
          "checklist",
          "strength",
          "weight",
          "cap",
          "title",
          "reads",
          "evidence",
          "sources",
          "innocentExplanations",
          "guidance",
          "training",
          "family",
          "conclusive",
          "mitigatedBy");

  private final ConfigFiles files;

  public CatalogueLoader(ConfigFiles files) {
    this.files = files;
  }

  public Catalogue load() {
    Map<String, Source> sources =
        sources(YamlNode.parse(files.describe(SOURCES), files.require(SOURCES)));
    YamlNode scoring = YamlNode.parse(files.describe(SCORING), files.require(SCORING));
    YamlNode rules = YamlNode.parse(files.describe(RULES), files.require(RULES));
    ScoringPolicy policy = scoring(scoring);
    return new Catalogue(
        scoring.text("version"),
        rules(rules, sources, policy),
        List.copyOf(sources.values()),
        policy,
        tiers(scoring));
  }

  private static Map<String, Source> sources(YamlNode root) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (YamlNode item : root.get("sources").items()) {
      String key = item.text("key");
      YamlNode entry = item.as("source '" + key + "'");
      Source source =
          new Source(
              key,
              entry.text("title"),
              entry.optional("publisher").map(YamlNode::text).orElse(null),
              entry.optional("date").map(YamlNode::text).orElse(null),
              entry.optional("url").map(YamlNode::text).orElse(null));
      if (sources.put(key, source) != null) {
        throw entry.problem("source key '" + key + "' appears twice");
      }
    }
    return sources;
  }

  private static List<RuleDefinition> rules(
      YamlNode root, Map<String, Source> sources, ScoringPolicy policy) {
    List<RuleDefinition> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlNode item : root.get("rules").items()) {
      YamlNode rule = item.as("rule '" + item.optional("id").map(YamlNode::text).orElse("?") + "'");
      rule.allowOnly(RULE_KEYS);
      RuleDefinition definition = rule(rule, sources, policy);
      if (!ids.add(definition.id())) {
        throw rule.problem("the id '" + definition.id() + "' appears twice");
      }
      rules.add(definition);
    }
    if (rules.isEmpty()) {
      throw root.problem("the catalogue has no rules");
    }
    return rules;
  }

  private static RuleDefinition rule(
      YamlNode rule, Map<String, Source> sources, ScoringPolicy policy) {
    String id = rule.text("id");
    if (!ID.matcher(id).matches()) {
      throw rule.problem("id must be snake_case (a-z, 0-9, _), not '" + id + "'");
    }
    int weight = rule.integer("weight", 0, 100);
    int cap = rule.optional("cap").isPresent() ? rule.integer("cap", 0, 100) : weight;
    if (cap < weight) {
      throw rule.problem("cap (" + cap + ") must not be below weight (" + weight + ")");
    }
    List<Source> cited = new ArrayList<>();
    for (String key : rule.texts("sources")) {
      Source source = sources.get(key);
      if (source == null) {
        throw rule.problem("source '" + key + "' is not listed in " + SOURCES);
      }
      cited.add(source);
    }
    if (cited.isEmpty()) {
      throw rule.problem("every rule must cite at least one public source");
    }
    List<String> innocent = rule.texts("innocentExplanations");
    if (innocent.isEmpty()) {
      throw rule.problem("every rule must list at least one innocent explanation");
    }
    String family = rule.text("family");
    if (!policy.families().containsKey(family)) {
      throw rule.get("family")
          .problem(
              "family '"
                  + family
                  + "' is not one of the families in "
                  + SCORING
                  + ": "
                  + String.join(", ", new TreeSet<>(policy.families().keySet())));
    }
    Strength strength = choice(rule, "strength", Strength.class);
    String conclusive = rule.optional("conclusive").map(YamlNode::text).orElse(null);
    if (conclusive != null && strength != Strength.strong) {
      throw rule.get("conclusive")
          .problem("only a strong rule may be conclusive on its own; this one is " + strength);
    }
    List<MitigatingFact> mitigatedBy = new ArrayList<>();
    for (String fact : rule.optionalTexts("mitigatedBy")) {
      mitigatedBy.add(
          Arrays.stream(MitigatingFact.values())
              .filter(f -> f.name().equals(fact))
              .findFirst()
              .orElseThrow(
                  () ->
                      rule.get("mitigatedBy")
                          .problem(
                              "mitigatedBy names '"
                                  + fact
                                  + "', which is none of "
                                  + Arrays.toString(MitigatingFact.values()))));
    }
    if (conclusive != null && !mitigatedBy.isEmpty()) {
      throw rule.problem("a conclusive rule cannot also be mitigated");
    }
    YamlNode guidance = rule.get("guidance");
    return new RuleDefinition(
        id,
        rule.text("indicator"),
        choice(rule, "checklist", Checklist.class),
        strength,
        weight,
        cap,
        rule.text("title"),
        rule.optionalTexts("reads"),
        evidence(rule),
        cited,
        innocent,
        new Advice(guidance.text("step"), guidance.text("script")),
        rule.text("training"),
        family,
        conclusive,
        mitigatedBy);
  }

  private static Map<String, String> evidence(YamlNode rule) {
    YamlNode evidence = rule.get("evidence");
    Map<String, String> templates = new LinkedHashMap<>();
    if (evidence.isScalar()) {
      templates.put(RuleDefinition.SINGLE, evidence.text());
    } else {
      evidence.fields().forEach((variant, template) -> templates.put(variant, template.text()));
    }
    return templates;
  }

  /** The {placeholders} a template uses. */
  public static Set<String> placeholders(String template) {
    Set<String> names = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static <E extends Enum<E>> E choice(YamlNode node, String key, Class<E> type) {
    String value = node.text(key);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      allowed.add(constant.name());
    }
    throw node.get(key)
        .problem(
            "'" + key + "' must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
  }

  private static ScoringPolicy scoring(YamlNode root) {
    YamlNode caps = root.get("caps").as("caps");
    YamlNode bands = root.get("bands").as("bands");
    YamlNode labels = root.get("bandLabels").as("bandLabels");
    YamlNode corroboration = root.get("corroboration").as("corroboration");
    Map<String, String> families = new LinkedHashMap<>();
    root.get("families")
        .fields()
        .forEach(
            (id, words) -> {
              if (!ID.matcher(id).matches()) {
                throw words.problem("a family id must be snake_case, not '" + id + "'");
              }
              families.put(id, words.text());
            });
    if (families.size() < 2) {
      throw root.get("families").problem("list at least two families of evidence");
    }
    Map<Band, String> words = new EnumMap<>(Band.class);
    for (Band band : Band.values()) {
      words.put(band, labels.text(band.name()));
    }
    ScoringPolicy policy =
        new ScoringPolicy(
            caps.integer("weak", 0, 100),
            caps.integer("medium", 0, 100),
            bands.integer("elevated", 1, 100),
            bands.integer("high", 1, 100),
            bands.integer("critical", 1, 100),
            words,
            corroboration.integer("pointsPerFamily", 0, 100),
            families);
    if (!(policy.elevated() < policy.high() && policy.high() < policy.critical())) {
      throw bands.problem("band thresholds must rise: elevated < high < critical");
    }
    if (policy.weakCap() >= policy.elevated()) {
      throw caps.problem(
          "caps.weak must stay below bands.elevated, so weak signals alone never raise the band");
    }
    if (policy.weakCap() + policy.mediumCap() >= policy.critical()) {
      throw caps.problem(
          "caps.weak + caps.medium must stay below bands.critical, so only strong signals reach CRITICAL");
    }
    if (policy.corroboration() >= policy.high() - policy.elevated()) {
      throw corroboration.problem(
          "corroboration.pointsPerFamily must stay below bands.high - bands.elevated, so that"
              + " agreement alone never lifts weak evidence by a whole band");
    }
    return policy;
  }

  private static List<TierPolicy> tiers(YamlNode root) {
    YamlNode tiers = root.get("tiers");
    List<TierPolicy> policies = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      YamlNode entry = tiers.get(tier.name()).as("tier " + tier);
      policies.add(new TierPolicy(tier, entry.text("when"), entry.texts("steps")));
    }
    return policies;
  }
}
