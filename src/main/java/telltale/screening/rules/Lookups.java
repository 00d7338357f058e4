package telltale.screening.rules;

import telltale.linkage.entity.Links;
import telltale.reference.ReferenceData;

/**
 * What rules may consult besides the profile: the reference lists and the links to earlier
 * candidates.
 */
public record Lookups(ReferenceData reference, Links links) {}
