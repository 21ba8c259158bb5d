/**
 * Printable ASCII without upper-case letters, in words separated by single spaces: text that
 * {@link foldText} returns unchanged (NFKC leaves ASCII alone, and there is no case or white space
 * to fold). Most topics and reasons look like this.
 */
const FOLDED_ASCII = /^[!-@[-~]+(?: [!-@[-~]+)*$/;

/**
 * The comparable form of a free-text label (a topic, a reason): Unicode NFKC (composed and
 * compatibility forms alike: "après" written with a combining accent, full-width letters), lower
 * case, every run of white space (spaces, tabs, non-breaking spaces) as one space, trimmed.
 *
 * @remarks
 * Deterministic and locale-free: `String.prototype.normalize` and `toLowerCase` (never the
 * locale-sensitive variants, never `Intl`), so every host folds alike. Text already in folded
 * ASCII form is returned as it is, without building four new strings. O(length).
 * @internal
 */
export function foldText(text: string): string {
  if (FOLDED_ASCII.test(text)) return text;
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
