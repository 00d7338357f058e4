package telltale.reports.entity;

/**
 * How one rule did. fired: screenings it fired in. Among screenings with an outcome: how often it
 * fired on identity_confirmed_false and on verified_genuine; precision = confirmedFalse /
 * (confirmedFalse + verifiedGenuine) and recall = confirmedFalse / all confirmed-false screenings,
 * each null when its denominator is 0. likelihoodRatio = (fired on confirmed false / all confirmed
 * false) / (fired on verified genuine / all verified genuine), with its 95% confidence interval
 * (Katz log method, 0.5 added to every count when one is 0); null without outcomes of both kinds.
 * How much more often the rule fires on confirmed fraud than on genuine candidates, with how sure
 * the employer's own data can be of it: a suggestion for weights, never applied automatically.
 */
public record RuleQuality(
    String ruleId,
    long fired,
    long firedWithOutcome,
    long firedOnConfirmedFalse,
    long firedOnVerifiedGenuine,
    Double precision,
    Double recall,
    Double likelihoodRatio,
    Double likelihoodRatioLow,
    Double likelihoodRatioHigh) {}
