/**
 * engagement-scoring: score customer engagement along the six rules of engagement (value,
 * efficiency, trust, consistency, relevancy, control), classify customers on the Engagement
 * Pyramid, and measure the perception gap between what a business believes and what customers do.
 *
 * @packageDocumentation
 */
export * from './activity/index.js';
export * from './backtest/index.js';
export * from './config/index.js';
export * from './history/index.js';
export * from './model/index.js';
export * from './perception/index.js';
export * from './profile/index.js';
export * from './pyramid/index.js';
export * from './rules/index.js';
export * from './sample/index.js';
