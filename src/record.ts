/** TypeScript view of a record (format version 1); schemas/record.schema.json is the authority. */
import type { DataPath, Regime } from './model.js';

export interface Contact {
  email?: string;
  phone?: string;
  fax?: string;
  url?: string;
  form?: string;
  address?: string;
}

export interface Dpo {
  name?: string;
  email?: string;
  phone?: string;
  url?: string;
  address?: string;
}

export interface Party {
  name: string;
  unit?: string;
  scope?: string;
  contact?: Contact;
  dpo?: Dpo;
  representative?: string;
  public_authority?: boolean;
  location?: string;
  /** In a processor's record: the categories of processing carried out on behalf of this controller. */
  processing?: string[];
}

export interface PartyRef {
  ref: string;
  scope?: string;
  unit?: string;
  processing?: string[];
}

export type Controller = Party | PartyRef;

export interface JointController extends Partial<Party> {
  ref?: string;
  arrangement?: string;
}

export interface Processor extends Partial<Party> {
  ref?: string;
  service?: string;
  contract?: string;
  instructions_only?: boolean;
  own_purposes?: boolean;
  locations?: string[];
  sub_processors?: Processor[];
}

export interface LegalBasis {
  article: string;
  instrument?: string;
  explanation?: string;
  interests?: string;
  consent?: { given?: string; withdrawal?: string };
}

export type DataSubject = string | { category: string; description?: string; vulnerable?: boolean; count?: number };

export interface DataCategory {
  category: string;
  items?: string[];
  special?: string;
  condition?: string;
  further_condition?: string;
  policy_document?: string;
  source?: string | { name: string; publicly_accessible?: boolean };
  mandatory?: boolean;
}

export interface Recipient {
  name: string;
  type?: string;
  description?: string;
  location?: string;
}

export interface Transfer {
  country?: string;
  organisation?: string;
  recipient: string;
  data?: string[];
  safeguard?: { type: string; reference?: string; ground?: string; copy?: string };
}

export interface Retention {
  data: string | string[];
  period?: string;
  after?: string;
  until?: string;
  note?: string;
}

export type SecurityMeasure = string | { measure: string; type?: 'technical' | 'organisational' };

export interface Risk {
  id?: string;
  activity?: string;
  description: string;
  likelihood: number;
  severity: number;
  rating?: number;
  mitigation: string | string[];
  residual?: { likelihood?: number; severity?: number; level?: 'low' | 'medium' | 'high'; action?: string };
}

export interface Dpia {
  required: boolean;
  reference?: string;
  date?: string;
  justification?: string;
  criteria?: string[];
  risks?: Risk[];
  prior_consultation?: { reference?: string; date?: string };
}

export interface Notice {
  render?: boolean;
  url?: string;
  available?: string;
  rights_contact?: string;
  requirement?: string;
  complaint_authority?: Party | PartyRef;
}

export interface RecordData {
  privrec: 1;
  id: string;
  title?: string;
  description?: string;
  regime?: Regime | Regime[];
  role?: Role;
  updated?: string;
  language?: string;
  controllers?: Controller[];
  /** In a processor's record: the processor keeping it. */
  processor?: Controller;
  dpo?: Dpo;
  joint_controllers?: JointController[];
  processors?: Processor[];
  purposes?: string[];
  legal_basis?: LegalBasis[];
  data_subjects?: DataSubject[];
  personal_data?: DataCategory[];
  recipients?: Recipient[];
  transfers?: Transfer[];
  retention?: Retention[];
  security?: SecurityMeasure[];
  automated_decisions?: { used: boolean; profiling?: boolean; logic?: string; significance?: string };
  dpia?: Dpia;
  notice?: Notice;
}

/** A party entry of a record completed with the privrec.yaml party it refs; the entry's own fields win. */
export function resolveParty<T extends object>(entry: T, parties: Readonly<Record<string, Party>>): Partial<Party> & T {
  const ref = (entry as { ref?: unknown }).ref;
  const defined = typeof ref === 'string' && Object.hasOwn(parties, ref) ? parties[ref] : undefined;
  return { ...defined, ...entry };
}

/** The record's controllers, each completed with the privrec.yaml party it refs. */
export function resolvedControllers(record: RecordData, parties: Readonly<Record<string, Party>>): (Partial<Party> & Controller)[] {
  return (record.controllers ?? []).map((controller) => resolveParty(controller, parties));
}

/** One field of a party entry as resolveParty completes it (the entry's own value wins), without copying the party. */
export function partyField<K extends keyof Party>(entry: object, parties: Readonly<Record<string, Party>>, key: K): Party[K] | undefined {
  const own = (entry as Partial<Party>)[key];
  if (own !== undefined) return own;
  const ref = (entry as { ref?: unknown }).ref;
  return typeof ref === 'string' && Object.hasOwn(parties, ref) ? parties[ref]![key] : undefined;
}

/** How a party entry is named: its name (from privrec.yaml for a ref), else its ref, else `fallback`. */
export function partyName(entry: object, parties: Readonly<Record<string, Party>>, fallback: string): string {
  return partyField(entry, parties, 'name') ?? (entry as { ref?: string }).ref ?? fallback;
}

/**
 * Where people exercise their rights, as the notice tells them: `notice.rights_contact`, else the
 * first controller contact that can be reached (an e-mail address, a form or a web page), else the
 * first such DPO (the record's, then the controllers'). Rights are exercised with the controller;
 * the DPO is the fallback. Undefined when there is none.
 */
export function rightsContact(record: RecordData, parties: Readonly<Record<string, Party>>): Contact | Dpo | undefined {
  if (record.notice?.rights_contact) return { email: record.notice.rights_contact };
  const controllers = resolvedControllers(record, parties);
  const reachable = (contact: Contact | Dpo | undefined) => contact !== undefined && (contact.email ?? (contact as Contact).form ?? contact.url) !== undefined;
  return controllers.map((party) => party.contact).find(reachable) ?? [record.dpo, ...controllers.map((party) => party.dpo)].find(reachable);
}

/**
 * Whether privrec renders the record's data-protection notice, so that what a notice must say
 * (Art. 15/16 of 2018/1725, Art. 13/14 GDPR) is checked: the record's `notice.render`, else the
 * config's `notices`, else whether the record has a `notice` at all. A record outside this scope
 * is register-only: Art. 31(1) / Art. 30(1) alone apply to it.
 */
/** Whose record it is: a controller's, or a processor's (`role: processor`). */
export type Role = 'controller' | 'processor';

export function roleOf(record: unknown): Role {
  return record !== null && typeof record === 'object' && (record as { role?: unknown }).role === 'processor' ? 'processor' : 'controller';
}

/** A processor's record never has a notice: the controllers it works for inform the data subjects. */
export function rendersNotice(record: RecordData, config: { notices?: boolean }): boolean {
  if (roleOf(record) === 'processor') return false;
  return record.notice?.render ?? config.notices ?? record.notice !== undefined;
}

export interface ProcessorEntry {
  processor: Processor;
  path: DataPath;
  /** The processor this one is a sub-processor of. */
  parent?: Processor;
}

/** Every processor of the record and, depth first, its sub-processors. */
export function eachProcessor(processors: readonly Processor[] | undefined): ProcessorEntry[] {
  const entries: ProcessorEntry[] = [];
  const visit = (list: readonly Processor[] | undefined, path: DataPath, parent: Processor | undefined): void => {
    list?.forEach((processor, index) => {
      const at = [...path, index];
      entries.push({ processor, path: at, parent });
      visit(processor.sub_processors, [...at, 'sub_processors'], processor);
    });
  };
  visit(processors, ['processors'], undefined);
  return entries;
}

export function isPartyRef(party: unknown): party is PartyRef {
  return typeof party === 'object' && party !== null && typeof (party as PartyRef).ref === 'string';
}
