/**
 * A reviewer's check of the golden notices against an independent list of what Art. 13/14 GDPR
 * and Art. 15/16 of Regulation (EU) 2018/1725 require: the list below is written from the
 * Regulations' text, not from privrec's data or schemas, and each item is looked for in the
 * notice's section with the record's own words (or, where the record lacks the item, the visible
 * gap marker of a --force render). A notice that drops an item, or puts it where a reader would
 * not find it, fails here even if its golden file was regenerated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

const GOLDEN = fileURLToPath(new URL('golden/', import.meta.url));

interface Regulation {
  /** How the notice's introduction cites the notice articles. */
  intro: string;
  /** The article of each right, as the Regulation numbers it. */
  rights: Record<'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection' | 'complaint', string>;
  cite: (article: string) => string;
  /** Grounds (by point of the lawful-grounds paragraph) under which the right to object applies, and portability. */
  objection: string[];
  portability: string[];
  consent: string;
}

/** Written from the Regulations: GDPR Art. 6(1), 13-22, 77; 2018/1725 Art. 5(1), 15-24, 63. */
const REGULATIONS: Record<'gdpr' | 'eudpr' | 'uk-gdpr', Regulation> = {
  'uk-gdpr': {
    intro: 'Art. 13 and 14 UK GDPR',
    rights: { access: '15', rectification: '16', erasure: '17', restriction: '18', portability: '20', objection: '21', complaint: '77' },
    cite: (article) => `Art. ${article} UK GDPR`,
    objection: ['6(1)(e)', '6(1)(f)'],
    portability: ['6(1)(a)', '6(1)(b)'],
    consent: '6(1)(a)',
  },
  gdpr: {
    intro: 'Art. 13 and 14 GDPR',
    rights: { access: '15', rectification: '16', erasure: '17', restriction: '18', portability: '20', objection: '21', complaint: '77' },
    cite: (article) => `Art. ${article} GDPR`,
    objection: ['6(1)(e)', '6(1)(f)'],
    portability: ['6(1)(a)', '6(1)(b)'],
    consent: '6(1)(a)',
  },
  eudpr: {
    intro: 'Articles 15 and 16 of Regulation (EU) 2018/1725',
    rights: { access: '17', rectification: '18', erasure: '19', restriction: '20', portability: '22', objection: '23', complaint: '63' },
    cite: (article) => `Article ${article} of Regulation (EU) 2018/1725`,
    objection: ['5(1)(a)'],
    portability: ['5(1)(c)', '5(1)(d)'],
    consent: '5(1)(d)',
  },
};

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');

function section(html: string, id: string): string | undefined {
  const match = new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html);
  return match ? decode(match[1]!) : undefined;
}

const GAP = '[missing:';
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const article = (text: string) => /(\d+\(\d+\)\([a-z]\))/.exec(text.replace(/\s+/g, ''))?.[1];

interface Case {
  regime: 'gdpr' | 'eudpr' | 'uk-gdpr';
  notice: string;
  record: Record<string, any>;
  config: Record<string, any>;
}

function goldenNotices<R extends string>(pairs: readonly (readonly [R, string])[]): { regime: R; notice: string; record: Record<string, any>; config: Record<string, any> }[] {
  return pairs.flatMap(([regime, dir]) => {
    const config = parse(readFileSync(join(ROOT, dir, 'privrec.yaml'), 'utf8'));
    return readdirSync(join(GOLDEN, regime, 'public'))
      .filter((name) => name.endsWith('.notice.html'))
      .map((name) => {
        const id = name.replace('.notice.html', '');
        const file = readdirSync(join(ROOT, dir)).find((candidate) => parse(readFileSync(join(ROOT, dir, candidate), 'utf8'))?.id === id)!;
        return { regime, notice: name, record: parse(readFileSync(join(ROOT, dir, file), 'utf8')), config };
      });
  });
}

function cases(): Case[] {
  return goldenNotices([
    ['eudpr', 'examples/emsa'],
    ['gdpr', 'examples/vcrp'],
    ['uk-gdpr', 'examples/uk-university'],
  ] as const);
}

describe.each(cases())('$regime $notice against the Regulation', ({ regime, notice, record, config }) => {
  const html = readFileSync(join(GOLDEN, regime, 'public', notice), 'utf8');
  const law = REGULATIONS[regime];
  const has = (id: string) => {
    const text = section(html, id);
    expect(text, `section #${id}`).toBeDefined();
    return text!;
  };
  const grounds = (record.legal_basis ?? []).map((basis: { article: string }) => article(basis.article)).filter(Boolean) as string[];

  it('says under which articles the information is given', () => {
    expect(decode(html)).toContain(law.intro);
  });

  it('13(1)(a) / 15(1)(a): the identity and contact details of the controller', () => {
    const text = has('controller');
    for (const controller of record.controllers ?? []) {
      const party = controller.ref ? config.parties[controller.ref] : controller;
      expect(text).toContain(flat(party.name));
      const contact = party.contact ?? {};
      const reachable = [contact.email, contact.address, contact.phone, contact.url].filter(Boolean);
      expect(
        reachable.some((detail: string) => text.includes(flat(detail))),
        'a contact detail',
      ).toBe(true);
    }
  });

  it('13(1)(b) / 15(1)(b): the contact details of the DPO', () => {
    const emails = [record.dpo?.email, ...(record.controllers ?? []).map((c: { ref?: string }) => (c.ref ? config.parties[c.ref]?.dpo?.email : undefined))].filter(Boolean);
    if (emails.length === 0 && regime === 'gdpr') return;
    const text = has('dpo');
    expect(emails.some((email: string) => text.includes(email)) || text.includes(GAP)).toBe(true);
  });

  it('13(1)(c) / 15(1)(c): the purposes and the legal basis', () => {
    const purposes = has('purposes');
    for (const purpose of record.purposes ?? []) expect(purposes).toContain(flat(purpose));
    const legal = has('legal-basis');
    for (const ground of grounds) expect(legal).toContain(law.cite(ground));
  });

  it('13(1)(e)-(f) / 15(1)(d)-(e): the recipients and the transfers', () => {
    const recipients = has('recipients');
    for (const recipient of record.recipients ?? []) expect(recipients).toContain(flat(recipient.name));
    const transfers = has('transfers');
    const countries = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const transfer of record.transfers ?? []) expect(transfers).toContain(transfer.country ? countries.of(transfer.country) : flat(transfer.organisation));
    if (record.transfers === undefined) expect(transfers).toContain(GAP);
  });

  it('13(2)(a) / 15(2)(a): the storage period or the criteria for it', () => {
    const text = has('retention');
    for (const entry of record.retention ?? []) {
      const criterion = entry.after ?? entry.until ?? entry.note;
      if (criterion) expect(text).toContain(flat(criterion));
    }
  });

  it('13(2)(b) / 15(2)(b): the rights, each at its article', () => {
    const text = has('rights');
    const expected: (keyof Regulation['rights'])[] = ['access', 'rectification', 'erasure', 'restriction'];
    if (grounds.some((ground) => law.objection.includes(ground))) expected.push('objection');
    if (grounds.some((ground) => law.portability.includes(ground))) expected.push('portability');
    for (const right of expected) expect(text, right).toContain(law.cite(law.rights[right]));
  });

  it('13(2)(c) / 15(2)(c): the right to withdraw consent, where consent is a ground', () => {
    const withdraw = section(html, 'withdraw-consent');
    expect(withdraw !== undefined).toBe(grounds.includes(law.consent));
  });

  it('13(2)(d) / 15(2)(d): the right to complain, to the authority', () => {
    expect(has('complaint')).toContain(law.cite(law.rights.complaint));
  });

  it('13(2)(e)-(f) / 15(2)(e)-(f): whether providing the data is required, and automated decisions', () => {
    const requirement = has('requirement');
    if (record.notice?.requirement) expect(requirement).toContain(flat(record.notice.requirement));
    else expect(requirement).toContain(GAP);
    const automated = has('automated-decisions');
    if (record.automated_decisions === undefined) expect(automated).toContain(GAP);
  });

  it('14(1)(d), 14(2)(f) / 16(1)(d), 16(2)(e): the categories and the source of data not obtained from the person', () => {
    const text = has('data-categories');
    for (const category of record.personal_data ?? []) expect(text).toContain(flat(category.category));
    const indirect = (record.personal_data ?? []).filter((category: { source?: unknown }) => category.source !== undefined && category.source !== 'data_subject');
    if (indirect.length > 0) {
      const source = has('source');
      for (const category of indirect) expect(source).toContain(flat(typeof category.source === 'string' ? category.source : category.source.name));
    }
  });
});

/**
 * The duty to inform of the Swiss FADP, written from its text (Art. 19 and 21, in force since
 * 1 September 2023): the minimum a notice gives, each item looked for in its section.
 */
describe.each(goldenNotices([['fadp', 'examples/swiss-shop']] as const))('$regime $notice against the FADP', ({ notice, record, config }) => {
  const html = readFileSync(join(GOLDEN, 'fadp', 'public', notice), 'utf8');
  const has = (id: string) => {
    const text = section(html, id);
    expect(text, `section #${id}`).toBeDefined();
    return text!;
  };

  it('says that it is given under Art. 19 FADP', () => {
    expect(decode(html)).toContain('Art. 19 FADP');
  });

  it("19(2)(a): the controller's identity and contact details", () => {
    const text = has('controller');
    for (const controller of record.controllers ?? []) {
      const party = controller.ref ? config.parties[controller.ref] : controller;
      expect(text).toContain(flat(party.name));
      expect(text).toContain(party.contact.email);
    }
  });

  it('19(2)(b)-(c): the purpose, and the recipients or their categories', () => {
    for (const purpose of record.purposes ?? []) expect(has('purposes')).toContain(flat(purpose));
    for (const recipient of record.recipients ?? []) expect(has('recipients')).toContain(flat(recipient.name));
  });

  it('19(3): the categories of personal data', () => {
    for (const category of record.personal_data ?? []) expect(has('data-categories')).toContain(flat(category.category));
  });

  it('19(4): the state the data is disclosed to, and the guarantee of Art. 16(2) or the exception of Art. 17', () => {
    const text = has('transfers');
    expect(text).toContain('United States');
    expect(text).toContain('Swiss-US Data Privacy Framework');
    expect(text).not.toContain('EU-US');
    expect(text).not.toContain('Commission');
  });

  it('21(1): whether decisions are taken by automated means alone', () => {
    expect(has('automated-decisions')).toContain('No decisions about you are taken solely by automated means');
  });

  it('names the FDPIC, and no EU authority or Article of the GDPR', () => {
    expect(has('complaint')).toContain('Federal Data Protection and Information Commissioner');
    expect(decode(html)).not.toMatch(/GDPR|European Commission|supervisory authority of/);
  });
});
