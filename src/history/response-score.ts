import type { DialogueMessage } from './threads.js';

/**
 * Scores how quickly one dialogue message was answered, against its channel's response target.
 *
 * @remarks
 * With target `T` and time to first reply `t`: `1` when `t ≤ T`; `0.5 ^ ((t − T) / T)` when later
 * (the credit halves for every further `T` of waiting); `0` when unanswered and older than `T`;
 * `null` while unanswered and still within `T` (pending: not judged yet). A zero target gives a
 * late reply 0. Shared by the efficiency and consistency rules so both judge a message alike. O(1).
 *
 * @param message - A message from {@link dialogueMessages} (its `status`, `responseMs`, `targetMs`).
 * @returns A score in [0, 1], or `null` when the message is still pending.
 * @internal
 */
export function responseScore(message: Pick<DialogueMessage, 'status' | 'responseMs' | 'targetMs'>): number | null {
  switch (message.status) {
    case 'on-time':
      return 1;
    case 'late': {
      const target = message.targetMs;
      const late = message.responseMs ?? Number.POSITIVE_INFINITY;
      if (!(target > 0) || !Number.isFinite(late)) return 0;
      return Math.min(1, 0.5 ** ((late - target) / target));
    }
    case 'unanswered':
      return 0;
    default:
      return null;
  }
}
