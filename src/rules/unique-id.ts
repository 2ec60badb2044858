import type { RepositoryRule } from './types.js';
import { articlesOf } from './support.js';
import { shownPath } from '../paths.js';

export const uniqueId: RepositoryRule = {
  kind: 'repository',
  id: 'unique-id',
  description: 'Each record has an id that no other record in the repository uses.',
  articles: articlesOf(({ articles }) => [articles.record, articles.register]),
  roles: ['controller', 'processor'],
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const byId = new Map<string, typeof context.records>();
    for (const facts of context.records) {
      if (!facts.id) continue;
      const same = byId.get(facts.id) ?? [];
      same.push(facts);
      byId.set(facts.id, same);
    }
    for (const [id, records] of byId) {
      if (records.length < 2) continue;
      for (const facts of records) {
        if (!context.linted.has(facts.file) || !facts.idRange) continue;
        const others = records.filter((other) => other !== facts).map((other) => `${shownPath(other.file)}:${other.idRange?.line ?? 1}`);
        context.report(facts.file, facts.idRange, `The id \`${id}\` is also used by ${others.join(', ')}: each record needs its own reference in the register.`);
      }
    }
  },
};
