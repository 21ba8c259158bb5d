export { channelChoice } from './channel-choice.js';
export { type ConsentRespectedFacts, type ConsentRespectedResult, consentRespected } from './consent-respected.js';
export { scoreControl } from './control.js';
export { preferenceHonoured } from './preference-honoured.js';
