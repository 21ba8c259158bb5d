/** Band labels as the report's charts show them (the default bands: red < 50 ≤ yellow < 75 ≤ green). */
export const BAND_LABELS = ['red (below 50)', 'yellow (50–74)', 'green (75+)'] as const;
/** A rule with nothing to judge it by. */
export const NO_EVIDENCE = 'no evidence';
