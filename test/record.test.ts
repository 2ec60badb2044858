import { describe, expect, it } from 'vitest';
import { partyField, partyName, resolveParty, type Party } from '../src/record.js';

const parties: Record<string, Party> = {
  org: { name: 'Example Agency', location: 'BE', contact: { email: 'info@agency.example' } },
};

/** partyField reads one field as resolveParty completes the entry: the entry's own value wins, even null. */
const cases: { name: string; entry: object; key: keyof Party; expected: unknown }[] = [
  { name: 'a ref brings the party field', entry: { ref: 'org' }, key: 'location', expected: 'BE' },
  { name: "the entry's own field wins", entry: { ref: 'org', location: 'FR' }, key: 'location', expected: 'FR' },
  { name: "the entry's own null wins", entry: { ref: 'org', location: null }, key: 'location', expected: null },
  { name: 'an unknown ref brings nothing', entry: { ref: 'nobody' }, key: 'location', expected: undefined },
  { name: 'an inherited name is no party', entry: { ref: 'constructor' }, key: 'name', expected: undefined },
  { name: 'an inline party has its own fields', entry: { name: 'Hosting Ltd', location: 'IE' }, key: 'location', expected: 'IE' },
  { name: 'a field neither gives', entry: { ref: 'org' }, key: 'dpo', expected: undefined },
];

describe('partyField', () => {
  it.each(cases)('$name', ({ entry, key, expected }) => {
    expect(partyField(entry, parties, key)).toEqual(expected);
    expect(partyField(entry, parties, key)).toEqual(resolveParty(entry, parties)[key]);
  });
});

describe('partyName', () => {
  it.each([
    { entry: { ref: 'org' }, expected: 'Example Agency' },
    { entry: { ref: 'org', name: 'Legal Service' }, expected: 'Legal Service' },
    { entry: { ref: 'nobody' }, expected: 'nobody' },
    { entry: { ref: 'org', name: null }, expected: 'org' },
    { entry: {}, expected: 'fallback' },
  ])('$entry -> $expected', ({ entry, expected }) => {
    expect(partyName(entry, parties, 'fallback')).toBe(expected);
  });
});
