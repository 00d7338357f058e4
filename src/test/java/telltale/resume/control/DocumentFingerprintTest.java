package telltale.resume.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.catalogue.entity.Strength;
import telltale.linkage.control.AllowList;
import telltale.linkage.control.Fingerprinter;
import telltale.profile.CandidateProfile;
import telltale.profile.PersonName;
import telltale.resume.entity.DocumentMetadata;
import telltale.resume.entity.DocumentPrint;
import telltale.resume.entity.InnocentExplanation;

class DocumentFingerprintTest {
  private static final byte[] KEY = "linkage-secret-for-tests".getBytes(StandardCharsets.UTF_8);
  private static final OffsetDateTime CREATED =
      OffsetDateTime.parse("2024-01-01T12:00:00.400+09:00");
  private final DocumentFingerprint prints = new DocumentFingerprint(KEY);

  private static DocumentMetadata made(String author, String tool, String template) {
    return new DocumentMetadata(author, null, tool, null, CREATED, null, template, null, null);
  }

  private static Map<String, DocumentPrint> byKind(List<DocumentPrint> prints) {
    return prints.stream().collect(Collectors.toMap(DocumentPrint::kind, p -> p, (a, b) -> a));
  }

  @Test
  void theSameFileUnderTwoNamesGivesTheSamePrintsAndOnlyHashes() {
    DocumentMetadata first = made("Kim Writer", "Microsoft® Word 2016", "C:\\Templates\\Cv.dotx");
    DocumentMetadata second =
        new DocumentMetadata(
            "WRITER  kim",
            null,
            "microsoft word 2016",
            null,
            OffsetDateTime.parse("2024-01-01T03:00:00Z"),
            null,
            "c:/templates/cv.dotx",
            null,
            null);

    List<DocumentPrint> a = prints.of(first);
    List<DocumentPrint> b = prints.of(second);

    assertEquals(a, b);
    assertEquals(
        List.of("document_author", "document_author_name", "document_template", "document_origin"),
        a.stream().map(DocumentPrint::kind).toList());
    assertTrue(a.stream().allMatch(p -> p.hash().matches("[0-9a-f]{64}")));
    assertTrue(a.stream().allMatch(p -> p.weight() == Strength.medium));
  }

  @Test
  void anotherKeyOrAnotherCreationSecondGivesOtherHashes() {
    DocumentMetadata file = made("Kim Writer", "Word", null);
    DocumentMetadata later =
        new DocumentMetadata(
            "Kim Writer", null, "Word", null, CREATED.plusSeconds(1), null, null, null, null);

    assertNotEquals(prints.of(file), new DocumentFingerprint(new byte[] {1, 2, 3}).of(file));
    assertNotEquals(
        byKind(prints.of(file)).get("document_origin"),
        byKind(prints.of(later)).get("document_origin"));
    assertEquals(
        byKind(prints.of(file)).get("document_author"),
        byKind(prints.of(later)).get("document_author"));
  }

  static Stream<Arguments> innocentExplanations() {
    return Stream.of(
        Arguments.of(
            made("Microsoft Office User", "Word", null),
            "document_author",
            InnocentExplanation.GENERIC_AUTHOR),
        Arguments.of(
            made("Administrator", "Word", null),
            "document_author",
            InnocentExplanation.GENERIC_AUTHOR),
        Arguments.of(
            made("user", "Word", null), "document_author", InnocentExplanation.GENERIC_AUTHOR),
        Arguments.of(
            made("Kim Writer", "Word", "TM16392875"),
            "document_template",
            InnocentExplanation.GALLERY_TEMPLATE),
        Arguments.of(
            made("Kim Writer", "Canva", null),
            "document_origin",
            InnocentExplanation.RESUME_BUILDER),
        Arguments.of(
            new DocumentMetadata(
                null, null, null, "Zety PDF engine", null, null, null, "uuid:1", null),
            "document_id",
            InnocentExplanation.RESUME_BUILDER));
  }

  @ParameterizedTest
  @MethodSource
  void innocentExplanations(DocumentMetadata metadata, String kind, InnocentExplanation expected) {
    DocumentPrint print = byKind(prints.of(metadata)).get(kind);

    assertTrue(print.innocent().contains(expected), print.toString());
    assertEquals(Strength.weak, print.weight());
  }

  @Test
  void wordsDefaultTemplateIsNoPrintAndEmptyMetadataNone() {
    assertFalse(
        byKind(prints.of(made("Kim Writer", "Word", "Normal.dotm")))
            .containsKey("document_template"));
    assertEquals(List.of(), prints.of(DocumentMetadata.NONE));
  }

  @Test
  void theAuthorNameKeyMatchesTheLinkageKeyOfACandidateWithThatName() {
    Fingerprinter linkage = new Fingerprinter(KEY, AllowList.none());
    CandidateProfile kim =
        new CandidateProfile(
            "c1",
            null,
            null,
            null,
            null,
            new PersonName("Kim", "Writer"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertEquals(linkage.nameKey(kim), prints.authorNameKey(made("writer, KIM", "Word", null)));
    assertTrue(prints.authorNameKey(made("Microsoft Office User", "Word", null)).isEmpty());
    // the author-name print is that same name key, so linkage compares it with candidates' names
    assertEquals(
        linkage.nameKey(kim).orElseThrow(),
        prints.of(made("writer, KIM", "Word", null)).stream()
            .filter(p -> p.kind().equals("document_author_name"))
            .findFirst()
            .orElseThrow()
            .hash());
    assertTrue(
        prints.of(made("Microsoft Office User", "Word", null)).stream()
            .noneMatch(p -> p.kind().equals("document_author_name")),
        "a default author is nobody's name");
  }
}
