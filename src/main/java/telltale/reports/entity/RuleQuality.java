package telltale.reports.entity;

/**
 * How one rule did. fired: screenings it fired in. Among screenings with an outcome: how often it
 * fired on identity_confirmed_false and on verified_genuine; precision = confirmedFalse /
 * (confirmedFalse + verifiedGenuine) and recall = confirmedFalse / all confirmed-false screenings,
 * each null when its denominator is 0.
 */
public record RuleQuality(
    String ruleId,
    long fired,
    long firedWithOutcome,
    long firedOnConfirmedFalse,
    long firedOnVerifiedGenuine,
    Double precision,
    Double recall) {}
