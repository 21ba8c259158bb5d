/**
 * The data of the backtest study (`npm run study`, scripts/study.ts).
 *
 * Generates three synthetic datasets in which a hidden, per-customer propensity drives both the
 * past and the future — a purchase-only retail log, a customer-support log and a mixed CRM — then
 * runs `backtest` on each and prints, side by side, how well activity, the rules-of-engagement
 * composite, the pyramid level and each rule predict the next 39 weeks, against plain baselines.
 * Deterministic: a seeded generator, no clock. The figures in docs/backtest.md come from this script.
 *
 * Options: `--customers N` (default 5000 per dataset), `--seed S` (default 20261202), `--json`.
 *
 * The behaviour model (the same for every dataset, only what is recorded differs):
 * - each customer arrives at a uniform moment in the three years before the cutoff;
 * - a base rate of engagement, log-normal across customers (median 3 a year, σ 1 in log space);
 * - the rate drifts month by month (a random walk in log space, σ 0.2 a month);
 * - each month the customer churns with a personal probability, uniform in [1 %, 6 %]; a churned
 *   customer never comes back;
 * - within a month, events are Poisson with the month's rate, at uniform moments.
 */
import type { DatasetInput, InteractionInput } from '../src/index.js';
import { customerSeed, mulberry32, type Random } from '../src/sample/prng.js';

const DAY = 86_400_000;
const MONTH = 30 * DAY;
export const CUTOFF = Date.parse('2025-09-01T00:00:00Z');
export const HORIZON = { weeks: 39 } as const;
const HORIZON_END = CUTOFF + 39 * 7 * DAY;
const START = CUTOFF - 3 * 365 * DAY;

/** A standard normal draw (Box–Muller). */
function normal(rng: Random): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Poisson draw (Knuth; the means here are small). */
function poisson(rng: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** One customer's hidden life: for each 30-day month from arrival, the engagement rate (per year), 0 after churn. */
interface Life {
  readonly arrival: number;
  /** Rate per year in month `m` after arrival (0 once churned). */
  readonly rates: readonly number[];
}

function life(rng: Random, medianPerYear: number): Life {
  const arrival = START + Math.floor(rng() * (CUTOFF - START - 7 * DAY));
  let logRate = Math.log(medianPerYear) + normal(rng);
  const churn = 0.01 + 0.05 * rng();
  const rates: number[] = [];
  let churned = false;
  for (let t = arrival; t < HORIZON_END; t += MONTH) {
    rates.push(churned ? 0 : Math.exp(logRate));
    logRate += 0.2 * normal(rng);
    if (!churned && rng() < churn) churned = true;
  }
  return { arrival, rates };
}

/** Event moments of a Poisson process with the life's monthly rates, times `scale`. */
function events(rng: Random, l: Life, scale: number): number[] {
  const out: number[] = [];
  l.rates.forEach((rate, m) => {
    const from = l.arrival + m * MONTH;
    const n = poisson(rng, (rate * scale * MONTH) / (365 * DAY));
    for (let k = 0; k < n; k++) {
      const at = from + Math.floor(rng() * MONTH);
      if (at <= HORIZON_END) out.push(at);
    }
  });
  return out.sort((a, b) => a - b);
}

interface Builder {
  readonly customers: { id: string }[];
  readonly interactions: InteractionInput[];
}

function add(b: Builder, customerId: string, i: Omit<InteractionInput, 'id' | 'customerId'>): string {
  const id = `i${b.interactions.length}`;
  b.interactions.push({ id, customerId, ...i });
  return id;
}

/** A purchase log: customer, moment, amount — nothing the business sent. */
export function retail(seed: number, customers: number): DatasetInput {
  const b: Builder = { customers: [], interactions: [] };
  for (let c = 0; c < customers; c++) {
    const rng = mulberry32(customerSeed(seed, c));
    const id = `r${c}`;
    b.customers.push({ id });
    const l = life(rng, 3);
    const basket = Math.exp(Math.log(40) + 0.5 * normal(rng));
    // The first purchase is the arrival; the rest follow the hidden rate.
    for (const at of [l.arrival, ...events(rng, l, 1)]) {
      const amount = Math.round(basket * Math.exp(0.4 * normal(rng)) * 100) / 100;
      add(b, id, { channel: 'shop', at, direction: 'inbound', type: 'purchase', amount });
    }
  }
  return { customers: b.customers, channels: [{ id: 'shop', kind: 'in-person' }], interactions: b.interactions };
}

const DIALOGUE = ['question', 'question', 'message', 'complaint', 'request'];

/** A support log: customers write, the brand replies (most of the time, within hours). */
export function support(seed: number, customers: number): DatasetInput {
  const b: Builder = { customers: [], interactions: [] };
  for (let c = 0; c < customers; c++) {
    const rng = mulberry32(customerSeed(seed, c));
    const id = `s${c}`;
    b.customers.push({ id });
    const l = life(rng, 2);
    for (const at of [l.arrival, ...events(rng, l, 1)]) {
      const type = DIALOGUE[Math.floor(rng() * DIALOGUE.length)] as string;
      const channel = rng() < 0.6 ? 'twitter' : 'mail';
      const message = add(b, id, { channel, at, direction: 'inbound', type });
      if (rng() < 0.85) {
        const delay = Math.floor(rng() * 12 * 3_600_000);
        add(b, id, { channel, at: at + delay, direction: 'outbound', type: 'reply', inReplyTo: message });
      }
    }
  }
  return {
    customers: b.customers,
    channels: [
      { id: 'twitter', kind: 'social' },
      { id: 'mail', kind: 'email' },
    ],
    interactions: b.interactions,
  };
}

/**
 * A mixed CRM: the same hidden rate drives visits (×6), purchases (×1), likes and reviews (×0.3)
 * and questions (×0.3); half the customers subscribe on arrival and then get a monthly newsletter
 * (the business's side, independent of the propensity); questions are answered 80 % of the time.
 */
export function crm(seed: number, customers: number): DatasetInput {
  const b: Builder = { customers: [], interactions: [] };
  for (let c = 0; c < customers; c++) {
    const rng = mulberry32(customerSeed(seed, c));
    const id = `m${c}`;
    b.customers.push({ id });
    const l = life(rng, 2);
    const basket = Math.exp(Math.log(60) + 0.5 * normal(rng));
    add(b, id, { channel: 'web', at: l.arrival, direction: 'inbound', type: 'visit' });
    if (rng() < 0.5) {
      add(b, id, { channel: 'mail', at: l.arrival + DAY, direction: 'inbound', type: 'subscribe' });
      for (let at = l.arrival + MONTH; at <= HORIZON_END; at += MONTH) {
        add(b, id, { channel: 'mail', at, direction: 'outbound', type: 'newsletter', topics: ['news'] });
      }
    }
    for (const at of events(rng, l, 6)) add(b, id, { channel: 'web', at, direction: 'inbound', type: 'visit' });
    for (const at of events(rng, l, 1)) {
      const amount = Math.round(basket * Math.exp(0.4 * normal(rng)) * 100) / 100;
      add(b, id, { channel: 'web', at, direction: 'inbound', type: 'purchase', amount });
    }
    for (const at of events(rng, l, 0.3)) {
      add(b, id, { channel: 'web', at, direction: 'inbound', type: rng() < 0.7 ? 'like' : 'review' });
    }
    for (const at of events(rng, l, 0.3)) {
      const question = add(b, id, { channel: 'mail', at, direction: 'inbound', type: 'question' });
      if (rng() < 0.8) {
        add(b, id, { channel: 'mail', at: at + DAY, direction: 'outbound', type: 'reply', inReplyTo: question });
      }
    }
  }
  return {
    customers: b.customers,
    channels: [
      { id: 'web', kind: 'web' },
      { id: 'mail', kind: 'email' },
    ],
    interactions: b.interactions,
  };
}
