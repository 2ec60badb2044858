/**
 * A regime is data: everything privrec needs to know of one, and nothing in the code. This test
 * lists what a new regime must bring (docs/architecture.md, "Adding a regime") and fails, naming
 * the file, when a regime lacks any of it: so that adding one is filling in data, never code.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIMES, groundsFor, regimeInfo, rights, specialCategories, specialConditions } from '../../src/law/index.js';
import { LANGS } from '../../src/render/i18n.js';
import { ROOT } from '../helpers.js';

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

const FOLDER_FILES = [
  'regime.json',
  'grounds.json',
  'rights.json',
  'special-categories.json',
  'transfers.json',
  'record.schema.json',
  'processor-record.schema.json',
  'notice.schema.json',
  'init/privrec.yaml',
  'init/example.yaml',
];

describe.each(REGIMES)('the regime %s, as data in src/law/regimes/%s/', (regime) => {
  const folder = `src/law/regimes/${regime}`;

  it('holds every file a regime brings, and nothing else', () => {
    const files = readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).filter((name) => !existsSync(join(ROOT, folder, name)) || !statSync(join(ROOT, folder, name)).isDirectory());
    expect(files.sort()).toEqual([...FOLDER_FILES].sort());
  });

  it('regime.json: its articles, citation forms in every language, names, authority, internal items and DPO rule', () => {
    const info = regimeInfo(regime);
    expect(info.citation).toContain('{article}');
    expect(info.names.length).toBeGreaterThan(0);
    expect(['always', 'public-authorities', 'never']).toContain(info.dpo_designation);
    for (const key of ['record', 'notice_direct', 'lawful_grounds'] as const) expect(info.articles[key], key).toBeTruthy();
    for (const lang of LANGS) {
      expect(info.cited_as[lang].one, lang).toContain('{article}');
      expect(info.cited_as[lang].many, lang).toContain('{articles}');
    }
    expect(info.transfers.safeguard_types.length).toBeGreaterThan(0);
  });

  it('grounds.json, rights.json, special-categories.json: its grounds and the article of each right and category', () => {
    expect(groundsFor(regime).length).toBeGreaterThan(0);
    for (const right of rights) expect(right.articles[regime], right.id).not.toBeUndefined();
    for (const category of specialCategories) expect(category.articles[regime], category.id).toBeTruthy();
    expect(specialConditions(regime).length).toBeGreaterThan(0);
  });

  it('record.schema.json and notice.schema.json: what its record and its notice must hold, compiled by the build', () => {
    for (const kind of ['record', 'notice']) expect(json(`${folder}/${kind}.schema.json`).$id).toBe(`https://privrec.dev/regimes/${regime}/${kind}.schema.json`);
  });
});

describe('the list of regimes is the data', () => {
  it('the record and config schemas offer exactly the folders of src/law/regimes/ (scripts/build.mjs writes them)', () => {
    const folders = readdirSync(join(ROOT, 'src/law/regimes'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...REGIMES]).toEqual(folders.sort());
    expect(json('schemas/record.schema.json').$defs.regimeId.enum).toEqual([...REGIMES]);
    expect(json('schemas/config.schema.json').$defs.regimeId.enum).toEqual([...REGIMES]);
  });

  it('the record schema offers exactly the safeguard types some regime accepts', () => {
    const accepted = new Set(REGIMES.flatMap((regime) => regimeInfo(regime).transfers.safeguard_types));
    expect(json('schemas/record.schema.json').$defs.safeguardType.enum.sort()).toEqual([...accepted].sort());
  });

  it('one list of languages: the config schema offers exactly those the built-in text is written in', () => {
    const render = json('schemas/config.schema.json').properties.render.properties;
    expect(render.lang.enum).toEqual([...LANGS]);
    expect(render.languages.items.enum).toEqual([...LANGS]);
    for (const lang of LANGS) expect(existsSync(join(ROOT, `src/render/i18n/${lang}.json`)), lang).toBe(true);
  });

  it('no rule names a regime in its code: the rules read what differs from the regime data', () => {
    // What `git grep -n "'eudpr'\\|'gdpr'" src/` shows, read from the files (the mutation sandbox is no git work tree).
    const code = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) => /\.c?ts$/.test(name));
    const found = code.flatMap((name) =>
      readFileSync(join(ROOT, 'src', name), 'utf8')
        .split('\n')
        .flatMap((line, index) => (/'(?:eudpr|gdpr)'/.test(line) ? [`src/${name}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(code.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});
