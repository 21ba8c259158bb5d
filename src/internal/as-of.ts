import { EngagementInputError } from '../model/errors.js';
import { DEFAULT_TIMESTAMP_RANGE, readSingleTimestamp, type TimestampInput } from '../model/timestamp.js';

/**
 * Reads the `asOf` option of a public function, throwing `invalid-as-of` when it is not an instant,
 * or when it is a number or `Date` outside {@link DEFAULT_TIMESTAMP_RANGE} (epoch seconds or a
 * `YYYYMMDD` number passed as `asOf` would otherwise score at a moment in 1970), like the timestamps
 * of records. @internal
 */
export function readAsOf(fn: string, asOf: TimestampInput | undefined): number {
  const result = readSingleTimestamp(asOf, DEFAULT_TIMESTAMP_RANGE);
  if (result.ok) return result.ms;
  const message =
    asOf === undefined ? 'asOf is required: pass the moment to score at (nothing reads the clock)' : result.message;
  throw new EngagementInputError(fn, [{ path: ['asOf'], code: 'invalid-as-of', message: `${fn}: ${message}` }]);
}
