package telltale.screening.entity;

import telltale.profile.CandidateProfile;

/** A stored screening with the profile it judged (no resume text), as a subject access reads it. */
public record HeldScreening(Screening screening, CandidateProfile profile) {}
