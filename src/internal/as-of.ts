import { EngagementInputError } from '../model/errors.js';
import { readSingleTimestamp, type TimestampInput } from '../model/timestamp.js';

/** Reads the `asOf` option of a public function, throwing `invalid-as-of` when it is not an instant. @internal */
export function readAsOf(fn: string, asOf: TimestampInput | undefined): number {
  const result = readSingleTimestamp(asOf);
  if (result.ok) return result.ms;
  const message =
    asOf === undefined ? 'asOf is required: pass the moment to score at (nothing reads the clock)' : result.message;
  throw new EngagementInputError(fn, [{ path: ['asOf'], code: 'invalid-as-of', message: `${fn}: ${message}` }]);
}
