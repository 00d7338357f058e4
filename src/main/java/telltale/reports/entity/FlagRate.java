package telltale.reports.entity;

/**
 * Screenings of one group (a band, a role title, a source or a stage) and how many of them were
 * flagged, i.e. put above the LOW band. value is "(none)" when the screening did not say.
 */
public record FlagRate(
    String dimension,
    String value,
    long screenings,
    long low,
    long elevated,
    long high,
    long critical,
    long flagged,
    double flagRate) {}
