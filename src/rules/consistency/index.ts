export { answeredChannels } from './answered-channels.js';
export { scoreConsistency } from './consistency.js';
export { crossChannel } from './cross-channel.js';
