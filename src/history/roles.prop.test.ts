import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTION_ROLES, STANDARD_TYPE_ROLES } from '../model/vocabulary.js';
import { isOutboundMarketing, purposeOf, roleOf } from './roles.js';

const typeArb = fc.oneof(
  fc.string(),
  fc.constantFrom(...STANDARD_TYPE_ROLES.keys(), '__proto__', 'constructor', 'toString', 'valueOf'),
);
const roleArb = fc.constantFrom(...INTERACTION_ROLES);

describe('roles (properties)', () => {
  it('roleOf without typeRoles is the standard vocabulary, never an inherited property', () => {
    fc.assert(
      fc.property(typeArb, (type) => {
        expect(roleOf(type, {})).toBe(STANDARD_TYPE_ROLES.get(type));
      }),
    );
  });

  it('a configured role always wins', () => {
    fc.assert(
      fc.property(typeArb, roleArb, (type, role) => {
        const typeRoles: Record<string, (typeof INTERACTION_ROLES)[number]> = {};
        Object.defineProperty(typeRoles, type, { value: role, enumerable: true });
        expect(roleOf(type, typeRoles)).toBe(role);
      }),
    );
  });

  it('outbound marketing is exactly outbound with purpose marketing', () => {
    fc.assert(
      fc.property(
        typeArb,
        fc.constantFrom('inbound', 'outbound' as const),
        fc.option(fc.constantFrom('marketing', 'service', 'transactional' as const), { nil: undefined }),
        (type, direction, purpose) => {
          const interaction = purpose === undefined ? { type, direction } : { type, direction, purpose };
          expect(isOutboundMarketing(interaction, {})).toBe(
            direction === 'outbound' && purposeOf(interaction, roleOf(type, {})) === 'marketing',
          );
        },
      ),
    );
  });
});
