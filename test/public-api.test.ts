/**
 * The public surface: the package entry's runtime exports, pinned. Adding or removing an export
 * is a decision, so it must change this list (and the CHANGELOG) on purpose. Types are erased at
 * runtime and are not listed here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const EXPORTS = [
  'ActivityConfigSchema',
  'BACKTEST_SCORES',
  'BUSINESS_SIDE_COMPONENTS',
  'BacktestDecileSchema',
  'BacktestLevelRowSchema',
  'BacktestResultSchema',
  'BacktestScoreResultSchema',
  'CHANNEL_KINDS',
  'ChannelSchema',
  'CompositeConfigSchema',
  'ConsentSchema',
  'ConsistencyConfigSchema',
  'ControlConfigSchema',
  'CustomerSchema',
  'DEFAULT_ACTIVITY_DEPTHS',
  'DEFAULT_NEXT_STEPS',
  'DEFAULT_RESPONSE_TARGETS',
  'DEFAULT_TIMESTAMP_RANGE',
  'DurationSchema',
  'EVIDENCE_CAP',
  'EfficiencyConfigSchema',
  'EngagementError',
  'EngagementInputError',
  'EngagementProfileSchema',
  'INTERACTION_ROLES',
  'InteractionSchema',
  'LevelOverrideSchema',
  'NO_BUSINESS_SIDE_REASON',
  'PERCEPTION_REASONS',
  'PYRAMID_LEVELS',
  'PYRAMID_PRESETS',
  'PyramidConfigSchema',
  'REASON_PARAMS',
  'RULE_NAMES',
  'RelevancyConfigSchema',
  'SAMPLE_AS_OF',
  'STANDARD_TYPE_ROLES',
  'STANDARD_VOCABULARY',
  'ScoringConfigSchema',
  'TrustConfigSchema',
  'ValueConfigSchema',
  'acknowledgedContributions',
  'activeGrants',
  'advocacy',
  'answeredChannels',
  'backtest',
  'channelChoice',
  'classifyLevel',
  'complaintResolution',
  'consentRespected',
  'consentTimeline',
  'createHistory',
  'crossChannel',
  'describeReason',
  'effort',
  'englishMessages',
  'explain',
  'ibm2010',
  'isContactAllowed',
  'levelDistribution',
  'levelMovement',
  'levelMovers',
  'listening',
  'nextStep',
  'parseDataset',
  'partitionByCustomer',
  'perceptionGap',
  'personalResponse',
  'personalTouch',
  'preferenceHonoured',
  'promiseKeeping',
  'reasonShares',
  'recordsBusinessSide',
  'resolution',
  'resolveConfig',
  'responseTime',
  'responsiveness',
  'sampleDataset',
  'scoreActivity',
  'scoreAll',
  'scoreConsistency',
  'scoreControl',
  'scoreCustomer',
  'scoreEfficiency',
  'scoreRelevancy',
  'scoreTrust',
  'scoreValue',
  'sentiment',
  'summarizeIssues',
  'topicMatch',
];

/** SPEC §9: the names that are part of the contract. */
const SPEC_NAMES = [
  'createHistory',
  'parseDataset',
  'scoreValue',
  'scoreEfficiency',
  'scoreTrust',
  'scoreConsistency',
  'scoreRelevancy',
  'scoreControl',
  'classifyLevel',
  'levelMovement',
  'levelDistribution',
  'nextStep',
  'perceptionGap',
  'reasonShares',
  'scoreCustomer',
  'scoreAll',
  'partitionByCustomer',
  'sampleDataset',
  'explain',
  'ScoringConfigSchema',
  'CustomerSchema',
  'InteractionSchema',
  'ChannelSchema',
  'EngagementInputError',
  'scoreActivity',
  'backtest',
];

const root = fileURLToPath(new URL('..', import.meta.url));
const esmPath = join(root, 'dist', 'index.js');
const cjsPath = join(root, 'dist', 'index.cjs');
const hasDist = existsSync(esmPath) && existsSync(cjsPath);

/** The newest modification time of the library's own source files (tests excluded). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

describe('public API', () => {
  it('exports exactly the pinned names from the package entry', () => {
    expect(Object.keys(api).sort()).toEqual(EXPORTS);
  });

  it('keeps the pinned list sorted and free of duplicates', () => {
    expect([...EXPORTS].sort()).toEqual(EXPORTS);
    expect(new Set(EXPORTS).size).toBe(EXPORTS.length);
  });

  it('exports every name of the SPEC', () => {
    expect(EXPORTS).toEqual(expect.arrayContaining(SPEC_NAMES));
  });

  it('exports no undefined value', () => {
    for (const [name, value] of Object.entries(api)) expect(value, name).toBeDefined();
  });
});

describe('built entries (dist/)', () => {
  // In CI the package is built before the tests: a missing or stale dist/ is a failure there.
  it.runIf(process.env['CI'] === 'true')('dist/ is built and fresh in CI', () => {
    expect(hasDist, 'dist/ is absent: CI builds before testing').toBe(true);
    expect(statSync(esmPath).mtimeMs).toBeGreaterThanOrEqual(newestSource(join(root, 'src')));
  });

  it.skipIf(!hasDist)(
    hasDist
      ? 'ESM and CJS entries export the same names'
      : 'ESM and CJS entries: skipped, dist/ is absent (run npm run build)',
    async () => {
      const esm = (await import(pathToFileURL(esmPath).href)) as Record<string, unknown>;
      const cjs = createRequire(import.meta.url)(cjsPath) as Record<string, unknown>;
      const esmNames = Object.keys(esm).sort();
      const cjsNames = Object.keys(cjs)
        .filter((name) => name !== 'default' && name !== '__esModule')
        .sort();
      expect(esmNames.length).toBeGreaterThan(0);
      expect(cjsNames).toEqual(esmNames);
    },
  );

  it.skipIf(!hasDist)(
    hasDist
      ? 'engagement-scoring/sample (ESM and CJS) gives the sample data of the root entry'
      : 'the sample subpath: skipped, dist/ is absent (run npm run build)',
    async () => {
      const esm = (await import(pathToFileURL(join(root, 'dist', 'sample', 'index.js')).href)) as typeof api;
      const cjs = createRequire(import.meta.url)(join(root, 'dist', 'sample.cjs')) as typeof api;
      for (const entry of [esm, cjs]) {
        expect(Object.keys(entry).sort()).toEqual(['SAMPLE_AS_OF', 'sampleDataset']);
        expect(entry.SAMPLE_AS_OF).toBe(api.SAMPLE_AS_OF);
        expect(entry.sampleDataset()).toEqual(api.sampleDataset());
      }
    },
  );

  const fresh = hasDist && statSync(esmPath).mtimeMs >= newestSource(join(root, 'src'));
  it.skipIf(!fresh)(
    fresh
      ? 'the built ESM entry exports exactly the pinned names'
      : `the built entry against the pinned names: skipped, ${hasDist ? 'dist/ is older than src/' : 'dist/ is absent'} (run npm run build)`,
    async () => {
      const esm = (await import(pathToFileURL(esmPath).href)) as Record<string, unknown>;
      expect(Object.keys(esm).sort()).toEqual(EXPORTS);
    },
  );
});
