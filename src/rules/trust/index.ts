export { advocacy } from './advocacy.js';
export { complaintResolution } from './complaint-resolution.js';
export { promiseKeeping } from './promise-keeping.js';
export { sentiment } from './sentiment.js';
export { scoreTrust } from './trust.js';
