// Generates a repository of N realistic synthetic records (about 3.5 KB each) for the benchmark.
// Deterministic for a seed: the same N and seed give byte-identical files. Every key of the record
// format appears; both regimes; about one record in eight has findings (schema or rule), and a few
// ids are duplicated (unique-id findings).
//
//   node bench/generate.mjs <dir> <count> [seed]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: small, fast, good enough to vary synthetic text. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = ['Human Resources', 'Finance', 'Legal Service', 'IT Operations', 'Communication', 'Procurement', 'Security Office', 'Training Unit'];
const ACTIVITIES = ['staff directory', 'video conferencing', 'access badges', 'newsletter', 'recruitment', 'travel reimbursement', 'helpdesk tickets', 'visitor registration', 'e-learning platform', 'whistleblowing channel', 'medical check-ups', 'mobile devices'];
const SUBJECTS = ['Staff', 'Trainees', 'Visitors', 'Applicants', 'Contractors', 'Members of the public', 'Journalists', 'Experts'];
const CATEGORIES = ['Identification data', 'Contact data', 'Professional data', 'Connection logs', 'Financial data', 'Health data', 'Images', 'Correspondence'];
const ITEMS = ['first name', 'last name', 'work e-mail address', 'telephone number', 'job title', 'IP address', 'date of birth', 'bank account', 'badge number', 'photograph', 'signature', 'nationality'];
const COUNTRIES = ['DE', 'FR', 'IE', 'NL', 'BE', 'LU', 'US', 'CH', 'GB', 'IN'];
const SENTENCES = [
  'The processing is necessary for the performance of a task carried out in the public interest.',
  'Access is limited to authorised staff on a need-to-know basis and logged.',
  'Data are stored in the data centre of the organisation and backed up daily.',
  'The service provider acts only on documented instructions of the controller.',
  'Data subjects are informed through the data protection notice on the intranet.',
  'Personal data are deleted at the end of the retention period unless a legal claim is pending.',
  'The tool allows staff to organise meetings and to exchange documents securely.',
  'Statistics are produced from anonymised data only.',
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function sentences(rand, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(pick(rand, SENTENCES));
  return out.join(' ');
}

/** A long text as a folded block, wrapped at about 100 columns. */
function folded(text, indent) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length > 96) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `>-\n${lines.map((l) => `${indent}${l}`).join('\n')}`;
}

function date(rand) {
  return `20${20 + Math.floor(rand() * 6)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
}

/** The kinds of findings seeded into about one record in eight. */
const DEFECTS = ['misspelled-key', 'bad-country', 'missing-purposes', 'unknown-ref', 'bad-duration'];

export function recordText(index, seed) {
  const rand = random(seed * 1_000_003 + index);
  const regime = index % 3 === 0 ? 'eudpr' : 'gdpr';
  const article = regime === 'eudpr' ? '5(1)(a)' : '6(1)(e)';
  const consentArticle = regime === 'eudpr' ? '5(1)(d)' : '6(1)(a)';
  const condition = regime === 'eudpr' ? '10(2)(b)' : '9(2)(b)';
  const derogation = regime === 'eudpr' ? '50(1)(b)' : '49(1)(b)';
  const defect = rand() < 0.125 ? pick(rand, DEFECTS) : undefined;
  const activity = pick(rand, ACTIVITIES);
  const unit = pick(rand, UNITS);
  const category1 = pick(rand, CATEGORIES);
  const category2 = CATEGORIES[(CATEGORIES.indexOf(category1) + 1) % CATEGORIES.length];
  const country = defect === 'bad-country' ? 'UK' : pick(rand, COUNTRIES);
  const id = `rec-${String(index).padStart(5, '0')}`;
  const controllerRef = defect === 'unknown-ref' ? 'no-such-party' : 'org';

  return `# yaml-language-server: $schema=../schemas/record.schema.json
privrec: 1
id: ${id}
title: "${unit}: ${activity}"
description: ${folded(sentences(rand, 2), '  ')}
regime: ${regime}
updated: "${date(rand)}"
language: en
controllers:
  - ref: ${controllerRef}
    unit: ${unit}
    scope: ${pick(rand, SENTENCES)}
dpo:
  name: Data Protection Officer
  email: dpo@agency.example
  phone: "+32 2 555 01 ${String(index % 100).padStart(2, '0')}"
  url: https://agency.example/dpo
  address: 1 Rue de la Loi, 1000 Brussels
joint_controllers:
  - name: Partner Agency ${index % 17}
    unit: ${pick(rand, UNITS)}
    arrangement: Arrangement ${index % 50}/2024 on the shared ${activity}
    contact: { email: "partner${index % 17}@partners.example" }
    location: ${pick(rand, COUNTRIES.slice(0, 6))}
processors:
  - name: Hosting Provider ${index % 11}
    service: Hosting and operation of the ${activity}
    contract: Framework contract DI/${7000 + (index % 300)}
    instructions_only: true
    own_purposes: false
    locations: [${country}, IE]
    sub_processors:
      - name: Support Desk ${index % 7}
        service: Second-level support
        locations: [${pick(rand, COUNTRIES)}]
${defect === 'missing-purposes' ? '' : `purposes:
  - To run the ${activity} of the ${unit} unit.
`}legal_basis:
  - article: ${article}
    instrument: Staff Regulations, Article ${10 + (index % 80)}
    explanation: ${pick(rand, SENTENCES)}
  - article: ${consentArticle}
    consent:
      given: Registration form
      withdrawal: E-mail to the functional mailbox
data_subjects:
  - ${pick(rand, SUBJECTS)}
  - category: ${pick(rand, SUBJECTS)}
    description: Persons who take part in the ${activity}
    vulnerable: false
    count: ${50 + Math.floor(rand() * 5000)}
personal_data:
  - category: ${category1}
    items: [${ITEMS.slice(0, 3 + (index % 5)).join(', ')}]
    source: data_subject
    mandatory: true
  - category: ${category2}
    items:
      - ${pick(rand, ITEMS)}
      - ${pick(rand, ITEMS)}
    special: health
    condition: ${condition}
    source:
      name: Medical service
      publicly_accessible: false
recipients:
  - name: ${unit} staff
    type: internal
    description: Staff in charge of the ${activity}.
transfers:
  - country: ${country}
    recipient: Hosting Provider ${index % 11}
    data: [${category1}]
    safeguard:
      type: scc
      reference: (EU) 2021/914
      copy: On request to the controller
  - organisation: International Standards Organisation
    recipient: Its secretariat
    safeguard: { type: derogation, ground: "${derogation}" }
retention:
  - data: ${category1}
    period: ${defect === 'bad-duration' ? '5 years' : `P${1 + (index % 9)}Y`}
    after: the end of the ${activity}
    note: ${pick(rand, SENTENCES)}
  - data: [${category2}]
    until: the closure of the file
security:
  - Access control and logging
  - measure: Encryption at rest and in transit
    type: technical
  - measure: Confidentiality declarations
    type: organisational
automated_decisions:
  used: false
  profiling: false
  logic: No automated decision is taken.
  significance: None.
dpia:
  required: ${index % 2 === 0}
  reference: DPIA-${String(index).padStart(5, '0')}
  date: "${date(rand)}"
  justification: No high risk.
  criteria: [sensitive-data, large-scale]
  risks:
    - id: risk-1
      activity: Storage
      description: Unauthorised access to the stored data
      likelihood: ${1 + (index % 3)}
      severity: 2
      rating: ${2 * (1 + (index % 3))}
      mitigation: [Access control, Encryption]
      residual: { likelihood: 1, severity: 2, level: low, action: Accept }
  prior_consultation: { reference: "D(2024) ${index}", date: "${date(rand)}" }
notice:
  url: https://agency.example/notices/${id}
  available: On the intranet page of the ${unit} unit
  rights_contact: dpo@agency.example
  requirement: Necessary to take part.
  complaint_authority: { ref: ${regime === 'eudpr' ? 'edps' : 'authority'} }
${defect === 'misspelled-key' ? 'retension_note' : 'x-owner'}: ${unit}
`;
}

export const CONFIG = `privrec: 1
regime: gdpr
extends: strict
organisation: Example Organisation
parties:
  org:
    name: Example Organisation
    contact: { email: info@agency.example, url: https://agency.example }
    dpo: { email: dpo@agency.example }
    public_authority: true
    location: BE
  edps:
    name: European Data Protection Supervisor
    contact: { email: edps@edps.europa.eu }
  authority:
    name: National Supervisory Authority
    contact: { email: info@authority.example }
supervisory_authority: authority
`;

/** Writes privrec.yaml and records/rec-NNNNN.yaml; every 500th record reuses the previous id. */
export function generateRepository(dir, count, seed = 1) {
  mkdirSync(join(dir, 'records'), { recursive: true });
  writeFileSync(join(dir, 'privrec.yaml'), CONFIG);
  const files = [];
  for (let index = 1; index <= count; index++) {
    let text = recordText(index, seed);
    if (index % 500 === 0) text = text.replace(/^id: rec-\d+$/m, `id: rec-${String(index - 1).padStart(5, '0')}`);
    const file = join(dir, 'records', `rec-${String(index).padStart(5, '0')}.yaml`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node bench/generate.mjs <dir> <count> [seed]');
    process.exit(2);
  }
  generateRepository(dir, Number(count), Number(seed ?? 1));
}
