package telltale.resume.entity;

import java.time.YearMonth;

/**
 * A resume's claim of more years with a technology than it has existed (indicator A13).
 *
 * @param technology the technology's name as in the reference list
 * @param claimedYears the years the resume claims
 * @param released the month of its first public release
 * @param possibleYears the whole years from the release to the time of the check
 * @param source where the release date comes from
 */
public record ExperienceClaim(
    String technology, int claimedYears, YearMonth released, int possibleYears, String source) {}
