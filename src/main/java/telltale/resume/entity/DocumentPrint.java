package telltale.resume.entity;

import java.util.List;
import telltale.catalogue.entity.Strength;

/**
 * A keyed hash of how a resume file was made, for cross-candidate linkage: only the hash is kept,
 * never the metadata. Never strong: at most medium, weak when an innocent explanation applies.
 *
 * @param kind document_author, document_template, document_id, document_origin, or
 *     document_author_name (the author's name as a candidate-name key)
 * @param hash HMAC-SHA256 of the normalised value under the linkage key, hex
 * @param weight medium, or weak when {@code innocent} is not empty
 * @param innocent the ordinary reasons that apply to this value
 */
public record DocumentPrint(
    String kind, String hash, Strength weight, List<InnocentExplanation> innocent) {
  public DocumentPrint {
    innocent = List.copyOf(innocent);
    if (weight == Strength.strong) {
      throw new IllegalArgumentException("document metadata is corroboration only, never strong");
    }
  }
}
