import type * as z from 'zod';
import type { PyramidConfigSchema } from './pyramid.js';

/** A `config.pyramid` section as written by users. @category Config */
export interface PyramidConfigInput extends NonNullable<z.input<typeof PyramidConfigSchema>> {}

const ATTENTION = ['view', 'open', 'visit', 'read', 'click'];
const DIALOGUE = ['request', 'question', 'complaint', 'message', 'mention'];
const PERMISSION = ['subscribe', 'follow', 'opt-in', 'register'];
const ENDORSEMENT = ['like', 'share', 'review', 'recommend', 'refer', 'testimonial'];

/**
 * Ready-made Engagement Pyramid rules for three kinds of data, in which the upper levels grow with
 * repeat engagement (`minCount` qualifying interactions within a window):
 *
 * - `retail` — purchase logs and shop CRMs: one purchase in a year is contributing; **three
 *   purchases in 180 days** (or a membership) is owning; referring three customers in a year is leading.
 * - `support` — support and social-care logs: everyone who writes is observing; a customer's
 *   answers, ideas or feedback are contributing; **five answers or posts in 180 days** (a regular
 *   in the community) is owning; hosting, mentoring or organising is leading.
 * - `nonprofit` — donors, volunteers, members: one gift, shift or attendance is contributing;
 *   **three gifts within 100 days** (monthly giving) or a membership is owning; leading as by default
 *   (lead, organise, host, mentor, board).
 *
 * Each is a partial `config.pyramid`; the levels it does not name keep their defaults.
 *
 * @example
 * import { createHistory, classifyLevel, PYRAMID_PRESETS } from 'engagement-scoring';
 * const buy = (id, at) => ({ id, customerId: 'c1', channel: 'shop', at, direction: 'inbound', type: 'purchase' });
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'shop', kind: 'in-person' }],
 *   interactions: [buy('p1', '2026-01-10T00:00:00Z'), buy('p2', '2026-03-01T00:00:00Z'), buy('p3', '2026-05-20T00:00:00Z')],
 * });
 * const asOf = '2026-06-01T00:00:00Z';
 * classifyLevel(history, { asOf }).level //=> 'contributing'
 * classifyLevel(history, { asOf, config: { pyramid: PYRAMID_PRESETS.retail } }).level //=> 'owning'
 * @category Config
 */
export const PYRAMID_PRESETS: {
  readonly retail: PyramidConfigInput;
  readonly support: PyramidConfigInput;
  readonly nonprofit: PyramidConfigInput;
} = {
  retail: {
    levelRules: {
      observing: { types: [...ATTENTION, ...DIALOGUE] },
      following: { types: PERMISSION },
      endorsing: { types: ENDORSEMENT },
      contributing: { types: ['purchase', 'membership'], minCount: 1, window: { days: 365 } },
      owning: { types: ['purchase'], minCount: 3, window: { days: 180 } },
      leading: { types: ['refer'], minCount: 3, window: { days: 365 } },
    },
  },
  support: {
    levelRules: {
      observing: { types: [...ATTENTION, ...DIALOGUE] },
      following: { types: PERMISSION },
      endorsing: { types: ENDORSEMENT },
      contributing: { types: ['answer', 'idea', 'feedback', 'post'], minCount: 1, window: { days: 365 } },
      owning: { types: ['answer', 'post'], minCount: 5, window: { days: 180 } },
      leading: { types: ['host', 'mentor', 'organize', 'lead'], minCount: 1, window: { days: 365 } },
    },
  },
  nonprofit: {
    levelRules: {
      observing: { types: [...ATTENTION, ...DIALOGUE] },
      following: { types: PERMISSION },
      endorsing: { types: ENDORSEMENT },
      contributing: { types: ['donate', 'volunteer', 'attend', 'sponsor'], minCount: 1, window: { days: 365 } },
      owning: { types: ['donate'], minCount: 3, window: { days: 100 } },
      leading: { types: ['lead', 'organize', 'host', 'mentor', 'board'], minCount: 1, window: { days: 730 } },
    },
  },
};
