package telltale.resume.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import telltale.catalogue.entity.Strength;
import telltale.linkage.control.Identifiers;
import telltale.linkage.entity.Prints;
import telltale.resume.entity.DocumentMetadata;
import telltale.resume.entity.DocumentPrint;
import telltale.resume.entity.InnocentExplanation;

/**
 * Keyed hashes (HMAC-SHA256) of the metadata fields a linkage compares across candidates (indicator
 * A12): the author, the template, the PDF's DocumentID, and the origin (author, creating tool,
 * creation second and template together: the same original file). Each print carries the innocent
 * explanations that apply, which make it weak.
 */
public final class DocumentFingerprint {
  /** Default or placeholder author names, compared in lower case with single spaces. */
  static final Set<String> GENERIC_AUTHORS =
      Set.of(
          "microsoft office user",
          "office user",
          "microsoft office",
          "microsoft",
          "user",
          "windows user",
          "admin",
          "administrator",
          "owner",
          "author",
          "unknown",
          "default",
          "guest",
          "test",
          "pc",
          "home",
          "your name",
          "name",
          "resume",
          "cv",
          "apple",
          "hp",
          "dell",
          "lenovo",
          "asus",
          "acer",
          "utilisateur",
          "benutzer",
          "usuario",
          "utente",
          "administrador",
          "пользователь");

  /** Resume builders and profile exports, matched inside creator tool, producer or author. */
  static final List<String> RESUME_BUILDERS =
      List.of(
          "canva",
          "zety",
          "resume.io",
          "novoresume",
          "kickresume",
          "enhancv",
          "flowcv",
          "rezi",
          "resume genius",
          "resumegenius",
          "livecareer",
          "myperfectresume",
          "visualcv",
          "resumonk",
          "reactive resume",
          "resume.com",
          "indeed",
          "linkedin",
          "jobscan",
          "teal");

  private static final Set<String> DEFAULT_TEMPLATES =
      Set.of("normal", "normal.dot", "normal.dotm", "normal.dotx", "blank", "blank.dotx");

  /** Microsoft template gallery ids, e.g. TM16392875 or TF03987232.dotx. */
  private static final Pattern GALLERY = Pattern.compile("t[mf]\\d{6,10}(\\.dot[xm]?)?");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("[®™©]|\\((r|tm|c)\\)");

  private final BiFunction<String, String, String> keyed;

  public DocumentFingerprint(byte[] secret) {
    SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
    this.keyed = (kind, value) -> hmac(key, kind, value);
  }

  /**
   * Prints under the linkage's own keyed hash ({@code Linkage.keyedHash}), so the secret stays with
   * linkage and the prints compare with its name keys.
   */
  public DocumentFingerprint(BiFunction<String, String, String> keyedHash) {
    this.keyed = keyedHash;
  }

  public List<DocumentPrint> of(DocumentMetadata metadata) {
    Set<InnocentExplanation> builder = builder(metadata);
    List<DocumentPrint> prints = new ArrayList<>();
    Stream.of(metadata.author(), metadata.lastModifiedBy())
        .map(a -> Optional.ofNullable(a).flatMap(Identifiers::name))
        .flatMap(Optional::stream)
        .distinct()
        .forEach(a -> prints.add(print("document_author", a, authorFlags(metadata, builder))));
    // the author and last editor as candidate-name keys: a file written under another
    // candidate's name (linkage compares them with names, never with other files)
    Stream.of(metadata.author(), metadata.lastModifiedBy())
        .map(this::nameKey)
        .flatMap(Optional::stream)
        .distinct()
        .forEach(
            key -> {
              Set<InnocentExplanation> flags = authorFlags(metadata, builder);
              prints.add(
                  new DocumentPrint(
                      AUTHOR_NAME,
                      key,
                      flags.isEmpty() ? Strength.medium : Strength.weak,
                      List.copyOf(flags)));
            });
    String template = normal(metadata.template());
    if (template != null && !DEFAULT_TEMPLATES.contains(baseName(template))) {
      prints.add(print("document_template", template, templateFlags(template, builder)));
    }
    if (metadata.documentId() != null) {
      prints.add(print("document_id", normal(metadata.documentId()), builder));
    }
    origin(metadata).ifPresent(o -> prints.add(print("document_origin", o, builder)));
    return prints;
  }

  /**
   * The author's name as the linkage's candidate-name key ({@code Fingerprinter.nameKey}), so that
   * a file written by another candidate's name can be found without keeping names.
   */
  public Optional<String> authorNameKey(DocumentMetadata metadata) {
    return nameKey(metadata.author());
  }

  /** The kind of the author-name prints, as linkage compares them. */
  static final String AUTHOR_NAME = Prints.AUTHOR_NAME;

  private Optional<String> nameKey(String author) {
    return Optional.ofNullable(author)
        .filter(a -> !GENERIC_AUTHORS.contains(normal(a)))
        .flatMap(Identifiers::name)
        .map(n -> hmac("name", n));
  }

  /**
   * Author, tool, creation second and template; only with a creation time and an author or tool.
   */
  private static Optional<String> origin(DocumentMetadata m) {
    OffsetDateTime created = m.created();
    String author = m.author() == null ? "" : Identifiers.name(m.author()).orElse("");
    String tool = Optional.ofNullable(normal(m.creatorTool())).orElse("");
    if (created == null || (author.isEmpty() && tool.isEmpty())) {
      return Optional.empty();
    }
    String second = created.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    String template = Optional.ofNullable(normal(m.template())).orElse("");
    return Optional.of(String.join("\u0001", author, tool, second, template));
  }

  private static Set<InnocentExplanation> authorFlags(
      DocumentMetadata m, Set<InnocentExplanation> builder) {
    Set<InnocentExplanation> flags = new LinkedHashSet<>(builder);
    if (Stream.of(m.author(), m.lastModifiedBy())
        .anyMatch(a -> a != null && GENERIC_AUTHORS.contains(normal(a)))) {
      flags.add(InnocentExplanation.GENERIC_AUTHOR);
    }
    return flags;
  }

  private static Set<InnocentExplanation> templateFlags(
      String template, Set<InnocentExplanation> builder) {
    Set<InnocentExplanation> flags = new LinkedHashSet<>(builder);
    if (GALLERY.matcher(baseName(template)).matches()) {
      flags.add(InnocentExplanation.GALLERY_TEMPLATE);
    }
    return flags;
  }

  static Set<InnocentExplanation> builder(DocumentMetadata m) {
    boolean made =
        Stream.of(m.creatorTool(), m.producer(), m.author())
            .map(DocumentFingerprint::normal)
            .anyMatch(v -> v != null && RESUME_BUILDERS.stream().anyMatch(v::contains));
    return made ? Set.of(InnocentExplanation.RESUME_BUILDER) : Set.of();
  }

  /** Unicode-normalised, lower case, single spaces, no trademark signs; null for blank. */
  static String normal(String value) {
    if (value == null) {
      return null;
    }
    String text = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    text = SPACES.matcher(MARKS.matcher(text).replaceAll("")).replaceAll(" ").strip();
    return text.isEmpty() ? null : text.replace('\\', '/');
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private DocumentPrint print(String kind, String value, Set<InnocentExplanation> innocent) {
    Strength weight = innocent.isEmpty() ? Strength.medium : Strength.weak;
    return new DocumentPrint(kind, hmac(kind, value), weight, List.copyOf(innocent));
  }

  /** The same layout as the linkage's Fingerprinter: kind, a zero byte, then the value. */
  private String hmac(String kind, String value) {
    return keyed.apply(kind, value);
  }

  private static String hmac(SecretKeySpec key, String kind, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(kind.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
