/**
 * The comparable form of a free-text label (a topic, a reason): Unicode NFKC (composed and
 * compatibility forms alike: "après" written with a combining accent, full-width letters), lower
 * case, every run of white space (spaces, tabs, non-breaking spaces) as one space, trimmed.
 *
 * @remarks
 * Deterministic and locale-free: `String.prototype.normalize` and `toLowerCase` (never the
 * locale-sensitive variants, never `Intl`), so every host folds alike. O(length).
 * @internal
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
