export {
  BACKTEST_SCORES,
  type BacktestOptions,
  type BacktestOutcome,
  type BacktestScoreName,
  backtest,
} from './backtest.js';
export {
  type BacktestDecile,
  BacktestDecileSchema,
  type BacktestLevelRow,
  BacktestLevelRowSchema,
  type BacktestResult,
  BacktestResultSchema,
  type BacktestScoreResult,
  BacktestScoreResultSchema,
} from './backtest-schema.js';
