package telltale.screening.rules;

import telltale.linkage.entity.Links;
import telltale.reference.ReferenceData;
import telltale.resume.entity.DocumentTimes;

/**
 * What rules may consult besides the profile: the reference lists, the links to earlier candidates,
 * and when the profile's resume file says it was created and last saved (none unless the file was
 * read in this screening).
 */
public record Lookups(ReferenceData reference, Links links, DocumentTimes document) {
  public Lookups {
    document = document == null ? DocumentTimes.NONE : document;
  }

  public Lookups(ReferenceData reference, Links links) {
    this(reference, links, DocumentTimes.NONE);
  }
}
