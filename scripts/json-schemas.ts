/**
 * Writes the published JSON Schemas (`engagement-scoring/schemas/*.json`) from the library's zod
 * schemas: `npm run build` runs it after tsup. The zod schemas are written so that `z.toJSONSchema`
 * states what the parser accepts (ids `minLength: 1`, timestamps as a pattern or a numeric range,
 * durations with at least one part); nothing here patches the output. A zod type without a JSON
 * form fails the build instead of turning into a schema that accepts anything.
 *
 * Usage: `tsx scripts/json-schemas.ts [dir]` (default `dist/schemas`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ZodType, z } from 'zod';
import {
  BacktestResultSchema,
  ChannelSchema,
  CustomerSchema,
  EngagementProfileSchema,
  InteractionSchema,
  ScoringConfigSchema,
} from '../src/index.js';

/** Where the build writes the JSON Schemas. */
export const SCHEMA_DIR = 'dist/schemas';

type JsonObject = Record<string, unknown>;

/**
 * One zod schema as a JSON Schema (draft 2020-12). Inputs are described on their input side (what a
 * caller may send: defaults optional, durations as date-fns objects); the profile on its output side.
 */
function toJsonSchema(schema: ZodType, io: 'input' | 'output', title: string, description: string): JsonObject {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw' }) as JsonObject;
  const { $schema, ...rest } = json;
  return { $schema, title, description, ...rest };
}

const DatasetSchema = z.object({
  customers: z.array(CustomerSchema),
  channels: z.array(ChannelSchema),
  interactions: z.array(InteractionSchema),
});

/**
 * Every published JSON Schema by file name, generated from the library's zod schemas. Tests
 * validate data against exactly these objects.
 */
export function jsonSchemas(): Record<string, JsonObject> {
  const note =
    'Generated from the zod schemas of engagement-scoring; references between records are checked by parseDataset only.';
  return {
    'customer.json': toJsonSchema(CustomerSchema, 'input', 'Customer', `A customer record. ${note}`),
    'channel.json': toJsonSchema(ChannelSchema, 'input', 'Channel', `A channel record. ${note}`),
    'interaction.json': toJsonSchema(InteractionSchema, 'input', 'Interaction', `An interaction record. ${note}`),
    'dataset.json': toJsonSchema(
      DatasetSchema,
      'input',
      'Dataset',
      `The input of parseDataset: { customers, channels, interactions }. ${note}`,
    ),
    'scoring-config.json': toJsonSchema(
      ScoringConfigSchema,
      'input',
      'ScoringConfig',
      'A scoring configuration as written by users: every field optional, durations as date-fns Duration objects.',
    ),
    'engagement-profile.json': toJsonSchema(
      EngagementProfileSchema,
      'output',
      'EngagementProfile',
      'One customer scored: what scoreCustomer and scoreAll return, serialised as JSON.',
    ),
    'backtest-result.json': toJsonSchema(
      BacktestResultSchema,
      'output',
      'BacktestResult',
      'What backtest returns: per score AUC, Spearman, deciles, and outcome rates by level, beside baselines.',
    ),
  };
}

/** Writes {@link jsonSchemas} into `dir`; returns the file names. */
export function writeJsonSchemas(dir: string = SCHEMA_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const files = Object.entries(jsonSchemas());
  for (const [file, schema] of files) writeFileSync(join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
  return files.map(([file]) => file);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? SCHEMA_DIR;
  const files = writeJsonSchemas(dir);
  console.log(`JSON Schemas: ${files.map((file) => `${dir}/${file}`).join(', ')}`);
}
