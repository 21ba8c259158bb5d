export { acknowledgedContributions } from './acknowledged-contributions.js';
export { personalResponse } from './personal-response.js';
export { personalTouch } from './personal-touch.js';
export { scoreValue } from './value.js';
