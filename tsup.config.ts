import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'tsup';
import { type ZodType, z } from 'zod';
import {
  BacktestResultSchema,
  ChannelSchema,
  CustomerSchema,
  EngagementProfileSchema,
  InteractionSchema,
  ScoringConfigSchema,
} from './src/index.js';
import { DurationSchema } from './src/model/duration.js';
import { IdSchema, TimestampSchema } from './src/model/schema-helpers.js';

/** Where the build writes the JSON Schemas (`engagement-scoring/schemas/*.json` in the package). */
export const SCHEMA_DIR = 'dist/schemas';

/** A timestamp in JSON: an ISO-8601 date-time (with `Z` or an offset) or epoch milliseconds. */
const TIMESTAMP_JSON = { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'number' }] };

const TIMESTAMP_PARTS: ReadonlySet<unknown> = new Set([TimestampSchema, TimestampSchema._zod.def.in]);

/** The object inside {@link DurationSchema} (before its refinement and transform). */
const DURATION_OBJECT = DurationSchema._zod.def.in;
const DURATION_PARTS = Object.keys(DurationSchema._zod.def.in._zod.def.shape);

/** zod types that JSON Schema cannot describe. */
const UNREPRESENTABLE: ReadonlySet<string> = new Set([
  'custom',
  'transform',
  'date',
  'bigint',
  'symbol',
  'undefined',
  'void',
  'nan',
  'map',
  'set',
  'function',
  'promise',
]);

type JsonObject = Record<string, unknown>;

/**
 * One zod schema as a JSON Schema (draft 2020-12). Inputs are described on their input side (what a
 * caller may send: defaults optional, durations as date-fns objects); the profile on its output side.
 */
function toJsonSchema(schema: ZodType, io: 'input' | 'output', title: string, description: string): JsonObject {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    // Timestamps are a custom type (Date | number | string), described here; any other type without
    // a JSON form fails the build rather than turning into an empty schema that accepts anything.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema, path }) => {
      if (TIMESTAMP_PARTS.has(zodSchema)) {
        Object.assign(jsonSchema, TIMESTAMP_JSON);
      } else if (UNREPRESENTABLE.has(zodSchema._zod.def.type)) {
        throw new Error(`${title}: a zod ${zodSchema._zod.def.type} at ${path.join('.')} has no JSON Schema form`);
      }
      // Ids are checked by a refinement (non-empty), which JSON Schema cannot see: say it here.
      if (zodSchema === IdSchema) jsonSchema['minLength'] = 1;
      // A duration needs at least one part ({ days: 1 }), also a refinement.
      // (Each branch names its property too, so that strict validators such as ajv accept the schema.)
      if (zodSchema === DURATION_OBJECT) {
        jsonSchema['anyOf'] = DURATION_PARTS.map((part) => ({ properties: { [part]: true }, required: [part] }));
      }
    },
  }) as JsonObject;
  const { $schema, ...rest } = json;
  return { $schema, title, description, ...rest };
}

const DatasetSchema = z.object({
  customers: z.array(CustomerSchema),
  channels: z.array(ChannelSchema),
  interactions: z.array(InteractionSchema),
});

/**
 * Every published JSON Schema by file name, generated from the library's zod schemas. The build
 * writes them to `dist/schemas/`; tests validate data against exactly these objects.
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

/** Writes {@link jsonSchemas} into `dir`. */
export function writeJsonSchemas(dir: string = SCHEMA_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const files = Object.entries(jsonSchemas());
  for (const [file, schema] of files) writeFileSync(join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
  return files.map(([file]) => file);
}

export default (): Options[] => {
  // Delete dist once here rather than with `clean` in both builds, which race.
  rmSync('dist', { recursive: true, force: true });
  return [
    {
      entry: { index: 'src/index.ts' },
      format: ['esm'],
      dts: true,
      sourcemap: true,
      target: 'es2022',
      platform: 'neutral',
      treeshake: true,
      onSuccess: async () => {
        const files = writeJsonSchemas();
        console.log(`JSON Schemas: ${files.map((file) => `${SCHEMA_DIR}/${file}`).join(', ')}`);
      },
    },
    {
      entry: { index: 'src/index.ts' },
      format: ['cjs'],
      dts: true,
      sourcemap: true,
      target: 'es2022',
      platform: 'neutral',
      treeshake: true,
    },
  ];
};
