import { describe, expect, it } from 'vitest';
import { othersRunnable } from '../../src/lint/cores.js';

const procStat = (running: number) => `cpu  4225133 247768 849836 3922659 6160 0 4643 2888 0 0\nctxt 123\nprocs_running ${running}\nprocs_blocked 0\n`;
const thread = (state: string, name = 'node') => `4242 (${name}) ${state} 1 4242 4242 0 -1 4194560 0 0 0 0`;

describe('othersRunnable', () => {
  it.each([
    { name: 'only this process runs', stat: procStat(2), own: [thread('R'), thread('R'), thread('S')], expected: 0 },
    { name: 'another process runs', stat: procStat(2), own: [thread('R'), thread('S'), thread('S')], expected: 1 },
    { name: 'a thread name with brackets and a space', stat: procStat(3), own: [thread('R', 'V8 (x) R'), thread('S', 'a) R')], expected: 2 },
    { name: 'more of its own counted than the system had a moment before', stat: procStat(1), own: [thread('R'), thread('R')], expected: 0 },
    { name: 'no procs_running line', stat: 'cpu 1 2 3 4\n', own: [thread('R')], expected: undefined },
  ])('$name', ({ stat, own, expected }) => {
    expect(othersRunnable(stat, own)).toBe(expected);
  });
});
