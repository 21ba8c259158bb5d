/**
 * Every reason a score or a component can be `null` for, by stable kebab-case code, with the
 * names of its numeric parameters. The single source of {@link ReasonCode}, {@link ReasonParams}
 * and the profile's JSON Schema; the words live in the message catalogue ({@link englishMessages}).
 *
 * @example
 * import { REASON_PARAMS } from 'engagement-scoring';
 * REASON_PARAMS['messages-pending'] //=> ['pending']
 * Object.keys(REASON_PARAMS).includes('no-business-side') //=> true
 * @category Rules
 */
export const REASON_PARAMS = {
  // Components
  'no-messages': [],
  'messages-pending': ['pending'],
  'messages-not-judged': ['unjudged'],
  'no-messages-judged': [],
  'nothing-sent': [],
  'no-contributions': [],
  'contributions-pending': ['pending'],
  'no-cases': [],
  'cases-open': ['open'],
  'cases-waiting': ['waiting'],
  'no-promises': [],
  'promises-pending': ['pending'],
  'no-complaints': [],
  'complaints-pending': ['pending'],
  'no-endorsements': ['negative'],
  'no-sentiment': [],
  'too-few-channels': ['channels', 'minCases'],
  'no-marketing': [],
  'marketing-not-judged': ['marketing', 'untagged', 'unknownInterests'],
  'marketing-too-recent': ['marketing'],
  'no-interactions': [],
  'customer-silent': [],
  'business-silent': [],
  'no-replies': [],
  'no-preferred-channels': [],
  'no-proactive': [],
  'no-business-side': [],
  // Rules
  'no-component-scored': [],
  // The composite
  'no-rule-scored': [],
  'coverage-below-minimum': ['rules', 'coverage', 'minCoverage'],
  // Activity
  'nothing-initiated': [],
  'nothing-counts': ['inbound'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** The stable code of a {@link Reason}, e.g. `messages-pending`. @category Rules */
export type ReasonCode = keyof typeof REASON_PARAMS;

/** The numeric parameters of each reason code, e.g. `{ pending: number }` for `messages-pending`. @category Rules */
export type ReasonParams = {
  readonly [C in ReasonCode]: { readonly [K in (typeof REASON_PARAMS)[C][number]]: number };
};

/**
 * Why a value is `null`: a stable code and the counts that go with it, e.g.
 * `{ code: 'messages-pending', params: { pending: 2 } }`. Locale-free: {@link describeReason} or
 * {@link explain} put it in words. A union on `code`: narrowing the code gives its `params`.
 *
 * @category Rules
 */
export type Reason<C extends ReasonCode = ReasonCode> = C extends ReasonCode
  ? { readonly code: C; readonly params: ReasonParams[C] }
  : never;
