/**
 * A dataset-level fact the scoring needs: whether the data record the business side at all (any
 * outbound interaction). `scoreAll` over a whole dataset derives it itself; a run that scores customer
 * by customer must learn it first, over the whole export, or be told (`--business-side yes|no`).
 */
import { parse } from 'csv-parse';
import { matchHeaders } from './columns.js';
import type { Mapping } from './mapping.js';
import { formatOf, openFile, type ReadContext, readError, readRows } from './records.js';

/** `--business-side`: learn it from the data (`auto`), or take it as given. */
export type BusinessSide = 'yes' | 'no' | 'auto';

/** Whether a direction value means outbound, read as `parseDataset` reads it (case and spaces aside). */
export const isOutbound = (direction: unknown): boolean =>
  typeof direction === 'string' && direction.trim().toLowerCase() === 'outbound';

/**
 * In memory: whether any of the (validated) interactions is outbound.
 *
 * @param interactions - The interactions of the whole dataset.
 * @returns `true` when at least one has `direction: 'outbound'`.
 */
export function recordsBusinessSide(interactions: readonly { readonly direction?: unknown }[]): boolean {
  return interactions.some((interaction) => isOutbound(interaction.direction));
}

/**
 * Streaming: a first pass over the interactions file that reads only its direction column and stops
 * at the first outbound row (so it costs a few rows on most exports, one read of the column on an
 * export without any). A CSV is parsed with every other column dropped; JSON Lines and JSON are read
 * record by record. Rows are not validated here: an outbound row that validation later refuses still
 * counts (pass `--business-side no` when only such rows are outbound).
 *
 * @param path - The interactions file (CSV, JSON Lines or JSON, optionally gzipped).
 * @param mapping - The `--map` column renames, so that a renamed direction column is found.
 * @returns `true` when some row is outbound.
 */
export async function learnBusinessSide(path: string, mapping: Mapping): Promise<boolean> {
  const counter = { bytes: 0 };
  if (formatOf(path) !== 'csv') {
    const context: ReadContext = { mapping, counter, problems: () => {}, ignoredColumns: () => {} };
    for await (const row of readRows(path, 'interactions', context))
      if (isOutbound(row.record['direction'])) return true;
    return false;
  }
  const source = openFile(path, counter);
  source.on('error', (error) => parser.destroy(error));
  const parser = source.pipe(
    parse({
      columns: (headers: string[]) =>
        matchHeaders('interactions', headers, mapping.columns).map((column) =>
          column === 'direction' ? column : false,
        ),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  try {
    for await (const record of parser as AsyncIterable<{ direction?: string }>) {
      if (isOutbound(record.direction)) return true;
    }
    return false;
  } catch (error) {
    throw readError(path, error);
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/** Resolves `--business-side`: `yes`/`no` as given, `auto` by {@link learnBusinessSide}. */
export async function businessSideOf(setting: BusinessSide, path: string, mapping: Mapping): Promise<boolean> {
  if (setting === 'yes') return true;
  if (setting === 'no') return false;
  return learnBusinessSide(path, mapping);
}
