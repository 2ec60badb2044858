/**
 * What templates receive: a record (with its parties resolved against the config and the law's
 * texts in the chosen language) or the register. Every key is always present, with null or an
 * empty list where the record has nothing, because templates compile in strict mode.
 * docs/render.md documents these shapes for template authors.
 */
import { regimeOf, regimesOf, type Config } from '../config.js';
import { normalizeText } from '../text.js';
import type { Regime } from '../model.js';
import {
  eachProcessor,
  rendersNotice,
  partyName,
  resolveParty,
  resolvedControllers,
  rightsContact,
  roleOf,
  type Contact,
  type DataCategory,
  type Dpo,
  type JointController,
  type Party,
  type Processor,
  type RecordData,
  type Transfer,
} from '../record.js';
import {
  adequacyFor,
  groundFor,
  groundsFor,
  mechanism,
  mechanismStatus,
  parseArticle,
  regimeInfo,
  regimeOfArticle,
  right,
  rightDescription,
  rights,
  rightsFor,
  specialCategory,
  type Ground,
  type GroundKind,
  type RegimeInfo,
  type Right,
} from '../law/index.js';
import type { Lang } from './i18n.js';
import type { OUTPUT_FORMATS, TEMPLATE_FORMATS } from '../languages.js';
import { citeArticles, formatList } from './words.js';
import { dpiaView, type DpiaView } from './risk-map.js';
import { forAudience, internalItems, withheldFlags, type Audience } from './visibility.js';

export type Kind = 'notice' | 'record' | 'register' | 'dpia';
/** The kinds rendered once per record. */
export type RecordKind = Exclude<Kind, 'register'>;
/** The formats templates are written in. */
export type Format = (typeof TEMPLATE_FORMATS)[number];
/** What a page can be written as: a template format, or a document made from the HTML page. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ContactView {
  address: string | null;
  email: string | null;
  phone: string | null;
  fax: string | null;
  url: string | null;
  form: string | null;
}

export interface PartyView {
  /** The `ref` the party was given by, or null for an inline party. */
  ref: string | null;
  /** null when a `ref` names no party of the config. */
  name: string | null;
  unit: string | null;
  scope: string | null;
  representative: string | null;
  /** ISO country code. */
  location: string | null;
  contact: ContactView | null;
  /** In a processor's record: the categories of processing carried out on behalf of this controller. */
  processing: string[];
}

export interface JointControllerView extends PartyView {
  arrangement: string | null;
}

export interface ProcessorView extends PartyView {
  service: string | null;
  contract: string | null;
  locations: string[];
  subProcessors: ProcessorView[];
}

export interface DpoView {
  /** The controller whose DPO this is. */
  of: string | null;
  name: string | null;
  contact: ContactView | null;
}

export interface LegalBasisView {
  article: string;
  /** The regime whose ground it is: in a record under several regimes, not always the page's. */
  regime: Regime;
  /** The ground's wording from the law data, or null when the article is not a lawful ground. */
  ground: string | null;
  instrument: string | null;
  explanation: string | null;
  interests: string | null;
  consentGiven: string | null;
  consentWithdrawal: string | null;
}

export interface RightView {
  id: string;
  /** null where the regime grants the right without an article of its own. */
  article: string | null;
  /** Where the right is granted, in every regime of the record: "Art. 25 FADP; Art. 15 GDPR". */
  citation: string | null;
  description: string;
}

export interface DataSubjectView {
  category: string;
  description: string | null;
  vulnerable: boolean;
  count: number | null;
}

export interface DataCategoryView {
  category: string;
  items: string[];
  /** The special category's name in the page's language. */
  special: string | null;
  specialArticle: string | null;
  condition: string | null;
  /** The condition national law adds (DPA 2018 Schedule 1), as the record names it. */
  furtherCondition: string | null;
  /** Where the data comes from; null when it is collected from the person. */
  source: string | null;
  publiclyAccessible: boolean;
  mandatory: boolean | null;
}

export interface RecipientView {
  name: string;
  type: string | null;
  description: string | null;
  location: string | null;
}

export interface SafeguardView {
  type: string;
  reference: string | null;
  /** The derogation's article. */
  ground: string | null;
  copy: string | null;
  /** The Commission decision relied on (adequacy, Data Privacy Framework...), from the law data. */
  decision: string | null;
  /** YYYY-MM-DD from which the mechanism can no longer be relied on (Safe Harbour, Privacy Shield). */
  invalidSince: string | null;
  /** The safeguard is a document the person may ask a copy of (clauses, rules, agreements). */
  copyable: boolean;
}

export interface TransferView {
  country: string | null;
  organisation: string | null;
  recipient: string;
  data: string[];
  safeguard: SafeguardView | null;
}

export interface RetentionView {
  /** The categories covered; null for all data. */
  data: string[] | null;
  period: string | null;
  after: string | null;
  until: string | null;
  note: string | null;
}

export interface SecurityView {
  measure: string;
  type: string | null;
}

export interface RecordView {
  kind: RecordKind;
  lang: Lang;
  audience: Audience;
  /** Top-level items this audience is not shown (privrec.yaml `visibility`): the page says so instead of marking a gap. */
  withheld: Record<string, boolean>;
  regime: Regime;
  id: string;
  title: string;
  description: string | null;
  updated: string | null;
  organisation: string | null;
  articles: { notice: string[]; record: string; processorRecord: string; dpia: string };
  /** A processor's record (`role: processor`): the processor keeping it; null for a controller's. */
  processor: PartyView | null;
  controllers: PartyView[];
  jointControllers: JointControllerView[];
  processors: ProcessorView[];
  dpos: DpoView[];
  /** Every controller has a DPO under the regime (2018/1725), so the notice must name one; otherwise only where one is designated. */
  dpoRequired: boolean;
  purposes: string[];
  legalBases: LegalBasisView[];
  legitimateInterests: { relied: boolean; interests: string[] };
  dataSubjects: DataSubjectView[];
  dataCategories: DataCategoryView[];
  /** Categories obtained from elsewhere (Art. 16 / Art. 14), and whether some come from the person. */
  sources: { indirect: DataCategoryView[]; direct: boolean };
  recipients: RecipientView[];
  transfers: TransferView[];
  /** The record states that there are none (an empty list), rather than leaving the item out. */
  none: { recipients: boolean; transfers: boolean };
  retention: RetentionView[];
  security: SecurityView[];
  rights: RightView[];
  rightsContact: ContactView | null;
  consent: { right: RightView; withdrawal: string[] } | null;
  complaint: { right: RightView; authority: PartyView; otherAuthorities: PartyView[] };
  /** The articles the notice is given under, in every regime of the record: "Art. 19 FADP and Art. 13 and 14 GDPR". */
  noticeCitation: string;
  /** `stated`: the record says whether providing the data is a statutory or contractual requirement, and what follows from not providing it (`notice.requirement`, as the notice-complete rule asks). */
  requirement: { text: string | null; mandatory: string[]; optional: string[]; stated: boolean } | null;
  automatedDecisions: { used: boolean; profiling: boolean; logic: string | null; significance: string | null } | null;
  notice: { url: string | null; available: string | null; file: string | null };
  /** The DPIA with its risks and heat map; null when the record has none or the audience is not shown it. */
  dpia: DpiaView | null;
  internal: boolean;
  site: SiteView | null;
}

export interface RegisterEntryView {
  id: string;
  title: string;
  controllers: string[];
  /** The legal bases as cited in the record's regime: "Art. 6(1)(e) GDPR". */
  legalBases: string[];
  /** Lower-case text the site's filter searches: id, title, description, purposes, controllers. */
  search: string;
  updated: string | null;
  recordFile: string;
  noticeFile: string | null;
}

export interface RegisterView {
  kind: 'register';
  lang: Lang;
  audience: Audience;
  /** null when the register holds records of both regimes. */
  regime: Regime | null;
  title: null;
  organisation: string | null;
  /** Art. 31(5) of 2018/1725 when every record is kept under it; null otherwise. */
  registerArticle: string | null;
  entries: RegisterEntryView[];
  /** Records kept as processor (`role: processor`), listed apart: no notice, other items. */
  processorEntries: RegisterEntryView[];
  /** Every record of the register, the processor's among them. */
  count: number;
  /** The values the site's register filter offers, each once, sorted. */
  filters: { controllers: string[]; legalBases: string[]; years: string[] };
  internal: boolean;
  site: SiteView | null;
}

/** What a page of the site (`render --site`) adds: navigation, language switch, who to contact. */
export interface SiteView {
  home: string;
  organisation: string | null;
  breadcrumbs: { label: string; href: string | null }[];
  /** The page in the site's other languages; empty when there is one. */
  languages: { lang: Lang; name: string; href: string; current: boolean }[];
  /** The register's filter script, inline, and its CSP hash; null on other pages. */
  script: { source: string; hash: string } | null;
  dpo: DpoView | null;
}

export interface ViewContext {
  kind: RecordKind;
  format: Format;
  lang: Lang;
  audience: Audience;
  regime: Regime;
  asOf: string;
  config: Config;
}

/** `<out>/<id>.notice.html`, `<out>/register.md`: the name each rendered file gets. */
export function outputFileName(kind: Kind, format: OutputFormat, id?: string): string {
  return kind === 'register' ? `register.${format}` : `${id}.${kind}.${format}`;
}

const or = <T>(value: T | undefined): T | null => value ?? null;

/** null when no detail is given, so that templates can leave out the whole block. */
function contactView(contact: Contact | Dpo | undefined): ContactView | null {
  const c = (contact ?? {}) as Contact;
  const view = { address: or(c.address), email: or(c.email), phone: or(c.phone), fax: or(c.fax), url: or(c.url), form: or(c.form) };
  return Object.values(view).some((value) => value !== null) ? view : null;
}

type PartyEntry = Partial<Party> & { ref?: string };

/** A party the record should name and does not: the page shows its gap marker. */
const EMPTY_PARTY: PartyView = { ref: null, name: null, unit: null, scope: null, representative: null, location: null, contact: null, processing: [] };

function partyView(entry: PartyEntry, config: Config): PartyView {
  const party = resolveParty(entry, config.parties);
  return {
    ref: or(entry.ref),
    name: or(party.name),
    unit: or(party.unit),
    scope: or(party.scope),
    representative: or(party.representative),
    location: or(party.location),
    contact: contactView(party.contact),
    processing: [...(entry.processing ?? [])],
  };
}

function processorView(processor: Processor, config: Config): ProcessorView {
  return {
    ...partyView(processor, config),
    service: or(processor.service),
    contract: or(processor.contract),
    locations: [...(processor.locations ?? [])],
    subProcessors: (processor.sub_processors ?? []).map((sub) => processorView(sub, config)),
  };
}

/**
 * The recipients as the notice and the record name them: those listed, then every processor and
 * sub-processor not listed under its name, since a processor is a recipient (Art. 3(13) of
 * 2018/1725, Art. 4(9) GDPR).
 */
function recipientsOf(record: RecordData, config: Config): RecipientView[] {
  const listed = (record.recipients ?? []).map((r) => ({ name: r.name, type: or(r.type), description: or(r.description), location: or(r.location) }));
  const names = new Set(listed.map((r) => normalizeText(r.name)));
  const processors = eachProcessor(record.processors).flatMap(({ processor }) => {
    const party = resolveParty(processor, config.parties);
    const name = partyName(processor, config.parties, '');
    if (name === '' || names.has(normalizeText(name))) return [];
    names.add(normalizeText(name));
    return [{ name, type: 'processor', description: or(processor.service), location: or(party.location ?? (processor.locations?.length === 1 ? processor.locations[0] : undefined)) }];
  });
  return [...listed, ...processors];
}

/**
 * The record's DPO (that of the first controller), then those of the other controllers, as the
 * EDPS record lists both controllers' DPOs; each once.
 */
function dposOf(record: RecordData, config: Config): DpoView[] {
  const byKey = new Map<string, DpoView>();
  const add = (dpo: Dpo | undefined, of: string | null) => {
    if (!dpo) return;
    const key = (dpo.email ?? dpo.name ?? dpo.url ?? '').toLowerCase();
    const known = byKey.get(key);
    // The same DPO named twice (the record's address, the party's name and phone): one entry with all of it.
    if (known) {
      known.name ??= or(dpo.name);
      known.contact = contactView({ ...dpo, ...Object.fromEntries(Object.entries(known.contact ?? {}).filter(([, value]) => value !== null)) });
      return;
    }
    byKey.set(key, { of, name: or(dpo.name), contact: contactView(dpo) });
  };
  const controllers = resolvedControllers(record, config.parties);
  add(record.dpo, or(controllers[0]?.name));
  for (const party of controllers) add(party.dpo, or(party.name));
  return [...byKey.values()];
}

/** The articles a notice is given under: 13 and 14; under the FADP 19 alone, its paragraph (3) being part of it. */
function noticeArticles(info: RegimeInfo): string[] {
  const { notice_direct: direct, notice_indirect: indirect } = info.articles;
  return indirect.startsWith(`${direct}(`) ? [direct] : [direct, indirect];
}

/**
 * Whether people must provide the data (GDPR Art. 13(2)(e)). A regime that does not ask for it
 * (the FADP) gets the section only where the record says something.
 */
function requirementView(record: RecordData, dataCategories: readonly DataCategoryView[], info: RegimeInfo): RecordView['requirement'] {
  const mandatory = dataCategories.filter((c) => c.mandatory === true).map((c) => c.category);
  const optional = dataCategories.filter((c) => c.mandatory === false).map((c) => c.category);
  const stated = record.notice?.requirement !== undefined;
  if (info.articles.notice_requirement === null && !stated && mandatory.length === 0 && optional.length === 0) return null;
  return { text: or(record.notice?.requirement), mandatory, optional, stated };
}

function rightView(law: Right, regime: Regime, regimes: readonly Regime[], lang: Lang): RightView {
  const citations = regimes.flatMap((under) => {
    const article = law.articles[under];
    return article === null ? [] : [citeArticles([article], under, lang)];
  });
  return { id: law.id, article: law.articles[regime], citation: citations.length > 0 ? citations.join('; ') : null, description: rightDescription(regime, law, lang) };
}

function sourceOf(category: DataCategory): string | null {
  const source = category.source;
  if (source === undefined || source === 'data_subject') return null;
  return typeof source === 'string' ? source : source.name;
}

function dataCategoryView(category: DataCategory, regime: Regime, lang: Lang): DataCategoryView {
  const special = category.special ? specialCategory(category.special) : undefined;
  return {
    category: category.category,
    items: [...(category.items ?? [])],
    special: special ? special.label[lang] : or(category.special),
    specialArticle: special ? special.articles[regime] : null,
    condition: or(category.condition),
    furtherCondition: or(category.further_condition),
    source: sourceOf(category),
    publiclyAccessible: typeof category.source === 'object' && category.source.publicly_accessible === true,
    mandatory: or(category.mandatory),
  };
}

/** Safeguards a person may ask a copy of (Art. 15(1)(f) / Art. 13(1)(f)). */
const COPYABLE_SAFEGUARDS = new Set(['bcr', 'international-agreement', 'administrative-arrangement']);

function safeguardView(transfer: Transfer, regime: Regime, asOf: string): SafeguardView | null {
  const safeguard = transfer.safeguard;
  if (!safeguard) return null;
  const framework = mechanism(regime, safeguard.type);
  const destination = transfer.country ?? transfer.organisation ?? '';
  const decision = safeguard.type === 'adequacy' ? adequacyFor(regime, destination, asOf)?.decision : framework?.decisions[0];
  return {
    type: safeguard.type,
    reference: or(safeguard.reference),
    ground: or(safeguard.ground),
    copy: or(safeguard.copy),
    decision: or(decision),
    invalidSince: framework && mechanismStatus(regime, safeguard.type, asOf) === 'invalid' ? framework.invalid_from : null,
    copyable: COPYABLE_SAFEGUARDS.has(safeguard.type) || framework?.kind === 'standard-clauses',
  };
}

/** The EDPS under 2018/1725; under the GDPR the record's authority, else the config's, else the generic wording. */
function complaintAuthority(record: RecordData, context: ViewContext): PartyView {
  const law = regimeInfo(context.regime).complaint_authority;
  if (law.kind === 'configured') {
    const configured = record.notice?.complaint_authority ?? context.config.supervisoryAuthority;
    if (configured !== undefined) return partyView(typeof configured === 'string' ? { ref: configured } : configured, context.config);
  }
  return {
    ref: null,
    name: law.name[context.lang],
    unit: null,
    scope: null,
    representative: null,
    location: null,
    contact: contactView({ email: law.email ?? undefined, url: law.url ?? undefined }),
    processing: [],
  };
}

/** A notice speaks to the data subject; the record and the DPIA speak of them. */
function groundWording(ground: Ground | undefined, kind: ViewContext['kind'], lang: Lang): string | undefined {
  if (!ground) return undefined;
  return (kind === 'notice' ? undefined : ground.record_description)?.[lang] ?? ground.description[lang];
}

export function recordView(fullRecord: RecordData, context: ViewContext): RecordView {
  const { config, regime, lang, asOf } = context;
  const { record, withheld } = forAudience(fullRecord, internalItems(context.audience, regime, config), context.kind, regime);
  const info = regimeInfo(regime);
  const controllers = (record.controllers ?? []).map((c) => partyView(c, config));
  const dpos = dposOf(record, config);
  const named = regimesOf(record, config);
  // The page's regime leads; a caller that renders a record under a regime it does not name gets that regime alone.
  const regimes = named.includes(regime) ? named : [regime];
  const bases = (record.legal_basis ?? [])
    .map((basis) => {
      const basisRegime = regimeOfArticle(basis.article, regime, regimes, groundsFor);
      return { basis, regime: basisRegime, ground: groundFor(basisRegime, basis.article) };
    })
    .map((b) => ({ ...b, kind: b.ground?.kind }));
  const reliesOn = (kind: GroundKind) => bases.filter((b) => b.kind === kind).map((b) => b.basis);
  const consentBases = reliesOn('consent');
  const dataCategories = (record.personal_data ?? []).map((c) => dataCategoryView(c, regime, lang));
  const lawRight = (id: string) => rightView(right(id)!, regime, regimes, lang);

  return {
    kind: context.kind,
    lang,
    audience: context.audience,
    withheld: withheldFlags(withheld),
    regime,
    id: record.id,
    title: record.title ?? record.id,
    description: or(record.description),
    updated: or(record.updated),
    organisation: or(config.organisation),
    articles: { notice: noticeArticles(info), record: info.articles.record, processorRecord: info.articles.processor_record, dpia: info.articles.dpia },
    processor: roleOf(record) === 'processor' ? (record.processor ? partyView(record.processor, config) : { ...EMPTY_PARTY }) : null,
    controllers,
    jointControllers: (record.joint_controllers ?? []).map((j: JointController) => ({ ...partyView(j, config), arrangement: or(j.arrangement) })),
    processors: (record.processors ?? []).map((p) => processorView(p, config)),
    dpos,
    dpoRequired: info.dpo_designation === 'always',
    purposes: [...(record.purposes ?? [])],
    legalBases: bases.map(({ basis, regime: basisRegime, ground }) => ({
      article: parseArticle(basis.article).article ?? basis.article,
      regime: basisRegime,
      ground: or(groundWording(ground, context.kind, lang)),
      instrument: or(basis.instrument),
      explanation: or(basis.explanation),
      interests: or(basis.interests),
      consentGiven: or(basis.consent?.given),
      consentWithdrawal: or(basis.consent?.withdrawal),
    })),
    legitimateInterests: {
      relied: reliesOn('legitimate-interests').length > 0,
      interests: reliesOn('legitimate-interests').flatMap((b) => (b.interests ? [b.interests] : [])),
    },
    dataSubjects: (record.data_subjects ?? []).map((s) =>
      typeof s === 'string'
        ? { category: s, description: null, vulnerable: false, count: null }
        : { category: s.category, description: or(s.description), vulnerable: s.vulnerable === true, count: or(s.count) },
    ),
    dataCategories,
    sources: { indirect: dataCategories.filter((c) => c.source !== null), direct: dataCategories.some((c) => c.source === null) },
    recipients: recipientsOf(record, config),
    transfers: (record.transfers ?? []).map((t) => ({
      country: or(t.country),
      organisation: or(t.organisation),
      recipient: t.recipient,
      data: [...(t.data ?? [])],
      safeguard: safeguardView(t, regime, asOf),
    })),
    none: { recipients: record.recipients?.length === 0 && (record.processors ?? []).length === 0, transfers: record.transfers?.length === 0 },
    retention: (record.retention ?? []).map((r) => {
      const data = Array.isArray(r.data) ? r.data : [r.data];
      return { data: data.includes('all') ? null : data, period: or(r.period), after: or(r.after), until: or(r.until), note: or(r.note) };
    }),
    security: (record.security ?? []).map((m) => (typeof m === 'string' ? { measure: m, type: null } : { measure: m.measure, type: or(m.type) })),
    rights: rights
      .filter((r) =>
        regimes.some((under) =>
          rightsFor(
            under,
            bases.flatMap((b) => (b.kind ? [b.kind] : [])),
          ).includes(r),
        ),
      )
      .filter((r) => r.id !== 'withdraw-consent' && r.id !== 'complaint')
      .map((r) => rightView(r, regime, regimes, lang)),
    rightsContact: contactView(rightsContact(record, config.parties)),
    consent: consentBases.length > 0 ? { right: lawRight('withdraw-consent'), withdrawal: consentBases.flatMap((b) => (b.consent?.withdrawal ? [b.consent.withdrawal] : [])) } : null,
    complaint: {
      right: lawRight('complaint'),
      authority: complaintAuthority(record, context),
      otherAuthorities: regimes.filter((other) => other !== regime).map((other) => complaintAuthority(record, { ...context, regime: other })),
    },
    noticeCitation: formatList(
      regimes.map((under) => citeArticles(noticeArticles(regimeInfo(under)), under, lang)),
      lang,
    ),
    requirement: requirementView(record, dataCategories, info),
    automatedDecisions: record.automated_decisions
      ? {
          used: record.automated_decisions.used,
          profiling: record.automated_decisions.profiling === true,
          logic: or(record.automated_decisions.logic),
          significance: or(record.automated_decisions.significance),
        }
      : null,
    notice: { url: or(record.notice?.url), available: or(record.notice?.available), file: rendersNotice(record, config) ? outputFileName('notice', context.format, record.id) : null },
    dpia: dpiaView(record.dpia, lang),
    internal: context.audience === 'internal',
    site: null,
  };
}

export interface RegisterItem {
  record: RecordData;
  config: Config;
}

export function registerView(items: readonly RegisterItem[], lang: Lang, format: Format, organisation: string | null, audience: Audience): RegisterView {
  const regimes = new Set(items.map(({ record, config }) => regimeOf(record, config)));
  const regime = regimes.size === 1 ? [...regimes][0]! : null;
  const shown = items.map(({ record, config }) => {
    const recordRegime = regimeOf(record, config);
    return { record: forAudience(record, internalItems(audience, recordRegime, config), 'register', recordRegime).record, config };
  });
  const all = shown
    .map(({ record, config }) => ({
      role: roleOf(record),
      id: record.id,
      title: record.title ?? record.id,
      controllers: (record.controllers ?? []).map((c) => partyName(c, config.parties, '')),
      legalBases: (record.legal_basis ?? []).map((basis) => citeArticles([parseArticle(basis.article).article ?? basis.article], regimeOf(record, config), lang)),
      search: normalizeText(
        [record.id, record.title, record.description, ...(record.purposes ?? []), ...(record.controllers ?? []).map((c) => partyName(c, config.parties, ''))].filter(Boolean).join(' '),
      ),
      updated: or(record.updated),
      recordFile: outputFileName('record', format, record.id),
      noticeFile: rendersNotice(record, config) ? outputFileName('notice', format, record.id) : null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entries = all.filter((entry) => entry.role === 'controller').map(({ role: _, ...entry }) => entry);
  const processorEntries = all.filter((entry) => entry.role === 'processor').map(({ role: _, ...entry }) => entry);
  return {
    kind: 'register',
    lang,
    audience,
    regime,
    title: null,
    organisation,
    registerArticle: regime ? regimeInfo(regime).articles.register : null,
    entries,
    processorEntries,
    count: entries.length + processorEntries.length,
    filters: {
      controllers: distinct(entries.flatMap((e) => e.controllers)),
      legalBases: distinct(entries.flatMap((e) => e.legalBases)),
      years: distinct(entries.flatMap((e) => (e.updated ? [e.updated.slice(0, 4)] : []))).reverse(),
    },
    internal: audience === 'internal',
    site: null,
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))].sort((a, b) => a.localeCompare(b));
}
