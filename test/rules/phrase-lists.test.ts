/** Every phrase list of the rules is the list written out in phrases.ts: none loses or gains a phrase unnoticed. */
import { describe, expect, it } from 'vitest';
import { wp248Inference } from '../../src/law/index.js';
import { VAGUE_PURPOSES } from '../../src/rules/purpose-specific.js';
import { ARCHIVING, OPEN_ENDED_EVENTS, VAGUE_RETENTION } from '../../src/rules/retention-period.js';
import { PLACEHOLDER_SOURCES } from '../../src/rules/source-required.js';
import { PINNED_ARCHIVING, PINNED_OPEN_ENDED_EVENTS, PINNED_PLACEHOLDER_SOURCES, PINNED_VAGUE_PURPOSES, PINNED_VAGUE_RETENTION, PINNED_VULNERABLE_TERMS } from './phrases.js';

describe('the phrase lists, pinned', () => {
  it.each([
    ['purpose-specific: vague purposes', () => VAGUE_PURPOSES, PINNED_VAGUE_PURPOSES],
    ['retention-period: vague retention', () => VAGUE_RETENTION, PINNED_VAGUE_RETENTION],
    ['retention-period: open-ended events', () => OPEN_ENDED_EVENTS, PINNED_OPEN_ENDED_EVENTS],
    ['retention-period: archiving', () => ARCHIVING, PINNED_ARCHIVING],
    ['source-required: placeholder sources', () => PLACEHOLDER_SOURCES, PINNED_PLACEHOLDER_SOURCES],
  ] as const)('%s', (_, list, pinned) => {
    expect([...list()].sort()).toEqual([...pinned].sort());
  });

  it('dpia-required: the vulnerable groups of src/law/wp248.json, by language', () => {
    expect(wp248Inference.vulnerable_terms).toEqual(PINNED_VULNERABLE_TERMS);
  });
});
