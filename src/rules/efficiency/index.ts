export { scoreEfficiency } from './efficiency.js';
export { effort } from './effort.js';
export { resolution } from './resolution.js';
export { responseTime } from './response-time.js';
