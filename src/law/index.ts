/**
 * Legal reference data for lint rules and the notice renderer.
 *
 * The facts live in the JSON files beside this module; docs/law.md gives the
 * source of each and whether it was verified. Nothing here reads the clock:
 * every date-dependent answer takes an `asOf` date (YYYY-MM-DD) from the
 * caller, and dates are compared as YYYY-MM-DD strings.
 */
import { REGIME_FOLDERS } from '../generated/regimes.js';
import countriesJson from './countries.json' with { type: 'json' };
import defaultRegimeJson from './regimes/default.json' with { type: 'json' };
import rightsJson from './rights.json' with { type: 'json' };
import riskJson from './risk.json' with { type: 'json' };
import specialJson from './special-categories.json' with { type: 'json' };
import wp248Json from './wp248.json' with { type: 'json' };

// ---------------------------------------------------------------- types

/** The regimes privrec knows: the folders of src/law/regimes/ (a regime is data; scripts/build.mjs gathers them). */
export type Regime = keyof typeof REGIME_FOLDERS;
export type { Lang } from '../languages.js';
import type { Lang } from '../languages.js';
export type Localized = Readonly<Record<Lang, string>>;
/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;
/** An article reference as in the record schema, e.g. "5(1)(a)", "31(1)", "33". */
export type Article = string;

export interface RegimeArticles {
  readonly lawful_grounds: Article;
  readonly instrument_required: Article;
  readonly consent_conditions: Article;
  /** The definition of consent: 3(15) / 4(11). */
  readonly consent_definition: Article;
  readonly withdraw_consent: Article | null;
  /** The notice item on the right to withdraw consent: 15(2)(c) / 13(2)(c). */
  readonly notice_withdraw_consent: Article | null;
  readonly special_categories: Article | null;
  readonly criminal_convictions: Article | null;
  readonly notice_direct: Article;
  readonly notice_indirect: Article;
  readonly access: Article;
  readonly rectification: Article;
  readonly erasure: Article;
  readonly restriction: Article | null;
  readonly notification_obligation: Article | null;
  readonly portability: Article;
  readonly objection: Article;
  readonly automated_decisions: Article;
  readonly joint_controllers: Article | null;
  readonly processors: Article;
  /** The contract binding the processor: 29(3) / 28(3). */
  readonly processor_contract: Article;
  /** Processing only on the controller's documented instructions: 29(3)(a) / 28(3)(a). */
  readonly processor_instructions: Article;
  readonly processor_standard_clauses: Article | null;
  readonly record: Article;
  readonly processor_record: Article;
  /** The public register: 2018/1725 only; null under the GDPR. */
  readonly register: Article | null;
  readonly security: Article;
  readonly dpia: Article;
  readonly prior_consultation: Article;
  readonly complaint: Article;
  /** Record item (a), the controller's and DPO's name and contact details: 31(1)(a) / 30(1)(a). */
  readonly record_controller: Article;
  /** The record item on the DPO's contact details: 31(1)(a) / 30(1)(a); null where the record names no DPO (FADP). */
  readonly record_dpo: Article | null;
  /** Record item (b), the purposes: 31(1)(b) / 30(1)(b). */
  readonly record_purposes: Article;
  /** Record item (e), transfers to a third country or an international organisation: 31(1)(e) / 30(1)(e). */
  readonly record_transfers: Article;
  /** Record item (f), the time limits for erasure: 31(1)(f) / 30(1)(f). */
  readonly record_retention: Article;
  /** Purposes specified, explicit and legitimate: 4(1)(b) / 5(1)(b). */
  readonly purpose_limitation: Article;
  /** The controller's measures are reviewed and updated where necessary: 26(1) / 24(1). */
  readonly controller_responsibility: Article | null;
  /** When a DPO must be designated: 43(1) (always) / 37(1)(a) (public authorities). */
  readonly dpo_designation: Article | null;
  /** Notice items. Direct collection: 15 / 13; the source item belongs to 16 / 14. */
  readonly notice_dpo: Article | null;
  /** The purposes and the legal basis: 15(1)(c) / 13(1)(c). */
  readonly notice_legal_basis: Article | null;
  /** Whether data is transferred to a third country, and on which safeguard: 15(1)(e) / 13(1)(f). */
  readonly notice_transfers: Article;
  /** The legitimate interests pursued: GDPR 13(1)(d) only; null under 2018/1725, which has no such ground. */
  readonly notice_legitimate_interests: Article | null;
  readonly notice_retention: Article | null;
  readonly notice_rights: Article;
  readonly notice_complaint: Article | null;
  /** Whether providing the data is a statutory or contractual requirement: 15(2)(e) / 13(2)(e). */
  readonly notice_requirement: Article | null;
  readonly notice_automated_decisions: Article;
  /** From which source the data originate (indirect collection): 16(2)(e) / 14(2)(f). */
  readonly notice_source: Article | null;
}

export interface RegimeTransfers {
  /** The chapter on transfers ("V"); null where the law has none of its own. */
  readonly chapter: string | null;
  /** The area within which data moves without a transfer, as messages name it: "the EU/EEA". */
  readonly home: string;
  /** The safeguard types (record schema `safeguardType`) a record of this regime may name. */
  readonly safeguard_types: readonly string[];
  /** Article range of the chapter, e.g. "46-51". */
  readonly articles: string;
  readonly adequacy: Article;
  readonly safeguards: Article;
  /** Binding corporate rules: GDPR only; null under 2018/1725. */
  readonly bcr: Article | null;
  readonly derogations: Article;
  /** Derogations a public authority may not use in the exercise of its powers: 50(3) / 49(3); null where none is excluded. */
  readonly derogations_public_authority_limit: Article | null;
}

export interface ComplaintAuthority {
  /** `fixed`: the authority below; `configured`: the user names it (GDPR national authority). */
  readonly kind: 'fixed' | 'configured';
  readonly name: Localized;
  readonly email: string | null;
  readonly url: string | null;
}

export interface RegimeInfo {
  readonly id: Regime;
  readonly name: string;
  readonly short_name: string;
  /** How texts name the regulation (abbreviations in several languages), to spot a citation of the wrong one. */
  readonly names: readonly string[];
  /** Other names its records use for it without citing another law: UK records say "GDPR" for the UK GDPR. */
  readonly accepted_names: readonly string[];
  /** How an article of this regime is cited, `{article}` standing for its number: "Art. {article} GDPR". */
  readonly citation: string;
  /** The regime's own wording of built-in text keys (src/render/i18n/<lang>.json), per language: "safeguardType.adequacy". */
  readonly words: Readonly<Partial<Record<Lang, Readonly<Record<string, string>>>>>;
  /** How each language cites one article (`{article}`) and several (`{articles}`), in notices and records. */
  readonly cited_as: Readonly<Record<Lang, { readonly one: string; readonly many: string }>>;
  /** The article that defines terms (consent, processor, ...): 3 in 2018/1725, 4 in the GDPR. */
  readonly definitions: Article;
  /**
   * Paragraphs of this regulation's `article` from `from_paragraph` on do not exist: written in a
   * record of this regime they are the other regulation's definitions (GDPR Art. 3 has three).
   */
  readonly not_definitions: { readonly article: Article; readonly from_paragraph: number } | null;
  readonly title: string;
  readonly celex: string;
  readonly eli: string;
  readonly url: string;
  readonly legitimate_interests_ground: boolean;
  readonly public_register: boolean;
  /** The ground `privrec new` writes into a new record, as an example to replace. */
  readonly ground_example: Article;
  /**
   * Who must designate a DPO: every controller (2018/1725 Art. 43(1): each Union institution), or
   * public authorities and bodies (GDPR Art. 37(1)(a)); others only in the cases the law names.
   */
  readonly dpo_designation: 'always' | 'public-authorities' | 'never';
  /**
   * Items left out of public pages unless privrec.yaml's `visibility` publishes them: the EDPS
   * model publishes Part 1 of a record (with a general description of security measures, Art.
   * 31(1)(g)) and keeps the compliance check and risk screening internal; a GDPR register is not
   * public at all, so what it publishes is the controller's choice.
   */
  readonly internal_items: readonly string[];
  readonly articles: RegimeArticles;
  readonly transfers: RegimeTransfers;
  readonly complaint_authority: ComplaintAuthority;
}

export type GroundKind = 'public-task' | 'legal-obligation' | 'contract' | 'consent' | 'vital-interests' | 'legitimate-interests' | 'recognised-legitimate-interests';

export interface Ground {
  readonly article: Article;
  readonly kind: GroundKind;
  /** The ground must be laid down in law (2018/1725 Art. 5(2); GDPR Art. 6(3)). */
  readonly needs_instrument: boolean;
  /** Not available to public authorities performing their tasks (GDPR Art. 6(1), last subparagraph). */
  readonly not_for_public_authorities: boolean;
  /** The ground as the notice states it, to the data subject ("you have given your consent"). */
  readonly description: Localized;
  /** The ground as the record states it, of the data subject, where that differs from `description`. */
  readonly record_description?: Localized;
  /** The first day the ground can be relied on, where a later law added it (UK GDPR 6(1)(ea)). */
  readonly in_force_from?: IsoDate;
}

export type SpecialCategoryId =
  'racial-ethnic-origin' | 'political-opinions' | 'religious-beliefs' | 'trade-union-membership' | 'genetic' | 'biometric' | 'health' | 'sex-life' | 'sexual-orientation' | 'criminal-convictions';

export interface SpecialCategory {
  readonly id: SpecialCategoryId;
  /** `criminal`: criminal convictions and offences (2018/1725 Art. 11 / GDPR Art. 10), not an Art. 10/9 category. */
  readonly kind: 'special' | 'criminal';
  readonly articles: Readonly<Record<Regime, Article>>;
  readonly label: Localized;
}

export interface SpecialCondition {
  readonly article: Article;
  readonly id: string;
  /** The explicit-consent condition (10(2)(a) / 9(2)(a)). */
  readonly consent: boolean;
  readonly en: string;
  /** Where national law adds a condition: the paragraphs (or `part-<n>`, every paragraph of a Part) of `further_conditions` that may serve. */
  readonly further?: readonly string[];
}

/** A condition national law adds to one of the regime's (DPA 2018 Schedule 1 under the UK GDPR). */
export interface FurtherCondition {
  readonly paragraph: string;
  readonly part: string;
  readonly id: string;
  readonly en: string;
  /** `required`: the paragraph itself asks for an appropriate policy document; `unless-provided`: its Part does, except where a paragraph provides otherwise. */
  readonly appropriate_policy_document: 'required' | 'unless-provided' | 'none';
  /** Checked against the text of the law (docs/law.md); findings that rest on an unverified entry are warnings. */
  readonly verified: boolean;
}

export interface FurtherConditions {
  readonly name: string;
  /** How a paragraph is cited: "DPA 2018 Sch. 1 para. {paragraph}". */
  readonly cite: string;
  /** The provision that requires a further condition: "s. 10 DPA 2018". */
  readonly section: string;
  /** The provision that describes the appropriate policy document. */
  readonly policy_document: string;
  /** The provision that asks the record to name the condition relied on. */
  readonly record: string;
  readonly conditions: readonly FurtherCondition[];
}

/** How a regime treats special categories, beyond its list of conditions. */
export interface SpecialRegime {
  /** What the regime calls such data: "a special category of data", "sensitive personal data". */
  readonly term: string;
  /** What processing it needs, `{conditions}` standing for the conditions' articles. */
  readonly rule: string;
  readonly further_conditions: FurtherConditions | null;
}

export interface CriminalCondition {
  /** The article that alone allows the processing: 11 / 10. */
  readonly article: Article;
  readonly en: string;
  readonly further?: readonly string[];
}

export interface AdequacyHistoryEntry {
  readonly event: 'adopted' | 'extended' | 'renewed';
  readonly date: IsoDate | null;
  readonly decision: string | null;
  readonly valid_until: IsoDate | null;
}

export interface AdequacyDecision {
  /** ISO 3166-1 alpha-2 code; null for an international organisation. */
  readonly code: string | null;
  /** Identifier of an international organisation, e.g. "EPO"; null for a country. */
  readonly organisation: string | null;
  readonly name: string;
  /** Decision number, e.g. "(EU) 2023/1795"; null where not verified. */
  readonly decision: string | null;
  readonly adopted: IsoDate;
  /** Last day of validity (inclusive); null: no expiry. */
  readonly valid_until: IsoDate | null;
  /** Scope restriction: the decision covers only some recipients. */
  readonly scope: 'commercial-organisations' | 'dpf-certified' | 'private-sector' | null;
  readonly note: string | null;
  readonly history?: readonly AdequacyHistoryEntry[];
  /** Fields checked against a source while preparing the data (docs/law.md). */
  readonly verified: readonly string[];
}

export type MechanismId = 'safe-harbour' | 'privacy-shield' | 'dpf' | 'scc' | 'scc-processor' | 'scc-old';

export interface Judgment {
  readonly case: string;
  readonly name: string;
  readonly date: IsoDate;
  readonly ecli: string | null;
}

export interface Mechanism {
  readonly id: MechanismId;
  readonly name: string;
  readonly kind: 'adequacy' | 'standard-clauses' | 'processor-clauses';
  /** The one destination an adequacy framework covers (ISO code); null for clauses. */
  readonly country: string | null;
  readonly decisions: readonly string[];
  /** First day of use; null if not recorded. */
  readonly usable_from: IsoDate | null;
  /** From this day no new contracts may rely on it; existing ones may until `invalid_from`. */
  readonly repealed_from: IsoDate | null;
  /** From this day (inclusive) nothing may rely on it. */
  readonly invalid_from: IsoDate | null;
  readonly judgment: Judgment | null;
  readonly note: string;
}

/**
 * `not-yet`: before `usable_from`; `usable`; `repealed`: only contracts
 * concluded before `repealed_from` may still rely on it; `invalid`.
 */
export type MechanismStatus = 'not-yet' | 'usable' | 'repealed' | 'invalid';

export interface Derogation {
  readonly article: Article;
  readonly id: string;
  /** Not for public authorities (Union institutions) in the exercise of their public powers. */
  readonly not_for_public_authorities: boolean;
  readonly en: string;
}

export type Wp248CriterionId =
  'evaluation-scoring' | 'automated-decision' | 'systematic-monitoring' | 'sensitive-data' | 'large-scale' | 'matching-datasets' | 'vulnerable-subjects' | 'innovative-technology' | 'prevents-rights';

export interface Wp248Criterion {
  readonly number: number;
  readonly id: Wp248CriterionId;
  readonly en: string;
}

export interface Wp248Inference {
  /** Total number of data subjects from which processing counts as large-scale (criterion 5). */
  readonly large_scale_subjects: number;
  /** Words in a data-subject category that mark a vulnerable group (criterion 7), per language. */
  readonly vulnerable_terms: Readonly<Record<Lang, readonly string[]>>;
}

export interface RiskLevel {
  readonly value: 1 | 2 | 3;
  readonly id: string;
  readonly en: string;
}

export type RiskBandId = 'low' | 'medium' | 'high';

export interface RiskBand {
  readonly id: RiskBandId;
  readonly min: number;
  readonly max: number;
}

export type RightId = 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection' | 'automated-decision' | 'withdraw-consent' | 'complaint';

export interface Right {
  readonly id: RightId;
  /** The article of the right in each regime; null where the regime has no such right. */
  readonly articles: Readonly<Record<Regime, Article | null>>;
  /** The right applies only where the processing rests on a ground of one of these kinds; null: always. */
  readonly grounds: readonly GroundKind[] | null;
  readonly description: Localized;
}

// ---------------------------------------------------------------- loading

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A regime's folder as written: borrowed lists (`same_as`) name the regime that holds them. */
interface RegimeFolderJson {
  readonly regime: unknown;
  readonly grounds: { readonly grounds: unknown };
  readonly rights: { readonly articles: Readonly<Record<string, Article | null>>; readonly descriptions?: Readonly<Record<string, Localized>> };
  readonly special: {
    readonly articles: Readonly<Record<string, Article>>;
    readonly conditions: unknown;
    readonly criminal_condition: unknown;
    readonly term: string;
    readonly rule: string;
    readonly further_conditions?: unknown;
  };
  readonly transfers: {
    readonly domestic: readonly string[];
    readonly adequacy: { readonly same_as: string } | { readonly decisions: unknown };
    /** The regime's own list, whose entries may borrow one of another regime (`{ same_as, id }`), or another regime's list filtered (`{ same_as, only }`). */
    readonly mechanisms: { readonly same_as: string; readonly only: readonly string[] } | readonly (Mechanism | { readonly same_as: string; readonly id: string })[];
    readonly derogations: unknown;
  };
}

interface RegimeFacts {
  readonly info: RegimeInfo;
  readonly grounds: readonly Ground[];
  readonly rightArticles: Readonly<Record<string, Article | null>>;
  /** How the regime words a right where the common description does not fit its law (FADP Art. 21). */
  readonly rightDescriptions: Readonly<Record<string, Localized>>;
  readonly specialArticles: Readonly<Record<string, Article>>;
  readonly specialConditions: readonly SpecialCondition[];
  /** null where criminal data is a special category like the others (FADP Art. 5(c)). */
  readonly criminalCondition: CriminalCondition | null;
  readonly special: SpecialRegime;
  /** ISO codes where data stays home: no transfer (the EEA for the EU regimes). */
  readonly domestic: readonly string[];
  readonly adequacy: readonly AdequacyDecision[];
  readonly mechanisms: readonly Mechanism[];
  readonly derogations: readonly Derogation[];
}

const COUNTRY_DATA = deepFreeze(
  countriesJson as unknown as {
    readonly eu: readonly string[];
    readonly eea_efta: readonly string[];
    readonly common_mistakes: Readonly<Record<string, string>>;
  },
);

function readFolders(): Readonly<Record<Regime, RegimeFacts>> {
  const folders = REGIME_FOLDERS as unknown as Readonly<Record<Regime, RegimeFolderJson>>;
  const lender = (of: Regime, same_as: string): RegimeFolderJson => {
    if (!Object.hasOwn(folders, same_as)) throw new Error(`src/law/regimes/${of}/transfers.json: same_as names no regime: ${same_as}`);
    return folders[same_as as Regime];
  };
  const adequacyOf = (regime: Regime): readonly AdequacyDecision[] => {
    const { adequacy } = folders[regime].transfers;
    return ('same_as' in adequacy ? adequacyOf(adequacy.same_as as Regime) : adequacy.decisions) as readonly AdequacyDecision[];
  };
  const mechanismsOf = (regime: Regime): readonly Mechanism[] => {
    const { mechanisms } = folders[regime].transfers;
    if (Array.isArray(mechanisms)) {
      return (mechanisms as readonly (Mechanism | { readonly same_as: string; readonly id: string })[]).map((entry) => {
        if (!('same_as' in entry)) return entry;
        lender(regime, entry.same_as);
        const borrowed = mechanismsOf(entry.same_as as Regime).find((m) => m.id === entry.id);
        if (!borrowed) throw new Error(`src/law/regimes/${regime}/transfers.json: ${entry.same_as} has no mechanism ${entry.id}`);
        return borrowed;
      });
    }
    const borrowed = mechanisms as { readonly same_as: string; readonly only: readonly string[] };
    lender(regime, borrowed.same_as);
    return mechanismsOf(borrowed.same_as as Regime).filter((m) => borrowed.only.includes(m.id));
  };
  const domesticOf = (regime: Regime): readonly string[] => folders[regime].transfers.domestic.flatMap((entry) => (entry === 'eu' || entry === 'eea_efta' ? COUNTRY_DATA[entry] : [entry]));
  const facts = Object.fromEntries(
    (Object.keys(folders) as Regime[]).map((regime) => {
      const folder = folders[regime];
      return [
        regime,
        {
          info: folder.regime as RegimeInfo,
          grounds: folder.grounds.grounds as readonly Ground[],
          rightArticles: folder.rights.articles,
          rightDescriptions: folder.rights.descriptions ?? {},
          specialArticles: folder.special.articles,
          specialConditions: folder.special.conditions as readonly SpecialCondition[],
          criminalCondition: folder.special.criminal_condition as CriminalCondition | null,
          special: { term: folder.special.term, rule: folder.special.rule, further_conditions: (folder.special.further_conditions ?? null) as FurtherConditions | null },
          domestic: domesticOf(regime),
          adequacy: adequacyOf(regime),
          mechanisms: mechanismsOf(regime),
          derogations: folder.transfers.derogations as readonly Derogation[],
        } satisfies RegimeFacts,
      ];
    }),
  ) as Record<Regime, RegimeFacts>;
  return deepFreeze(facts);
}

const FACTS = readFolders();
const REGIME_IDS = Object.keys(FACTS) as Regime[];

/** Each regime's article of every special category, gathered into the category as `articles`. */
const SPECIAL_DATA = deepFreeze({
  categories: (specialJson as unknown as { categories: readonly Omit<SpecialCategory, 'articles'>[] }).categories.map((category) => ({
    ...category,
    articles: Object.fromEntries(REGIME_IDS.map((regime) => [regime, FACTS[regime].specialArticles[category.id]])) as Record<Regime, Article>,
  })),
});
const WP248_DATA = deepFreeze(wp248Json as unknown as { readonly threshold: number; readonly criteria: readonly Wp248Criterion[]; readonly inference: Wp248Inference });
const RISK_DATA = deepFreeze(
  riskJson as unknown as {
    readonly likelihood: readonly RiskLevel[];
    readonly severity: readonly RiskLevel[];
    readonly bands: readonly RiskBand[];
    readonly prior_consultation_band: RiskBandId;
  },
);
/** Each regime's article of every right (null: the regime has no such right), gathered into the right as `articles`. */
const RIGHT_DATA = deepFreeze({
  rights: (rightsJson as unknown as { rights: readonly Omit<Right, 'articles'>[] }).rights.map((right) => ({
    ...right,
    articles: Object.fromEntries(REGIME_IDS.map((regime) => [regime, FACTS[regime].rightArticles[right.id] ?? null])) as Record<Regime, Article | null>,
  })),
});

// ---------------------------------------------------------------- helpers

export const REGIMES: readonly Regime[] = Object.freeze(REGIME_IDS);

/** The regime of a record when neither it nor privrec.yaml names one. */
export const DEFAULT_REGIME: Regime = defaultRegimeJson.default as Regime;

export function isRegime(value: unknown): value is Regime {
  return typeof value === 'string' && (REGIMES as readonly string[]).includes(value);
}

const FACTS_BY_REGIME = new Map<string, RegimeFacts>(Object.entries(FACTS));

/** A regime's facts; the name not being a regime is a caller's mistake, not a user's. */
function factsOf(regime: Regime): RegimeFacts {
  const facts = FACTS_BY_REGIME.get(regime);
  if (facts === undefined) throw new TypeError(`unknown regime: ${String(regime)}`);
  return facts;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function checkDate(asOf: IsoDate): IsoDate {
  if (!isIsoDate(asOf)) throw new RangeError(`not a YYYY-MM-DD date: ${String(asOf)}`);
  return asOf;
}

const CANONICAL_ARTICLE = /^\d+(\(\d+\))?(\([a-z]{1,2}\))?$/;

/** Words DPOs write around an article number, in English, German and French, and what they stand for. */
const ARTICLE_NOTATION: readonly [RegExp, string][] = [
  // What follows the reference: the law it is read with ("i.V.m. § 3 LDSG", "in conjunction with ...").
  [/\s*(?:;|\bi\.\s*v\.\s*m\.|\bivm\b|\bin verbindung mit\b|\bin conjunction with\b|\bread with\b|\ben lien avec\b|\ben liaison avec\b|\bcombined with\b|\band\b|\bund\b|\bet\b).*$/i, ''],
  [/^\s*(?:art(?:icle|ikel|\.)?|article)\s*\.?\s*/i, ''],
  [/\b(?:sentence|satz|s\.|phrase|unterabs(?:atz|\.)?|uabs\.?|subparagraph|subpara\.?)\s*\d+\b/gi, ''],
  [/\b(?:first|second|third) (?:sentence|subparagraph)\b/gi, ''],
  [/\b(?:abs(?:atz|\.)?|para(?:graph)?\.?|par\.|paragraphe|al(?:in[ée]a|\.)?)\s*(\d+)/gi, '($1)'],
  [/\b(?:lit(?:era|\.)?|buchst(?:abe|\.)?|point|letter|let\.|sub|pt\.?)\s*\(?([a-z])\)?(?![a-z])/gi, '($1)'],
  [/^(\d+)\.(\d+)\.([a-z])$/i, '$1($2)($3)'],
  [/^(\d+)\.(\d+)$/, '$1($2)'],
  [/(\d|\))\s*([a-z])\)/gi, '$1($2)'],
];

/**
 * An article as DPOs write it, to the form the law data uses: "Art. 6 Abs. 1 lit. e DSGVO",
 * "article 6.1.e RGPD", "Article 6(1)(e) GDPR" -> "6(1)(e)". The regulation named, if any, is in
 * `regimeNamed` (see regimes.json `names`). `article` is undefined when the text cannot be read.
 */
export function parseArticle(text: string): { article: Article | undefined; regimeNamed: Regime | undefined } {
  let parsed = parsedArticles.get(text);
  if (!parsed) {
    parsed = readArticle(text);
    // Records repeat the same few articles: each is read once a run.
    if (parsedArticles.size < 10_000) parsedArticles.set(text, parsed);
  }
  return parsed;
}

/** Every regime's names, longest first: "UK GDPR" is read before "GDPR" could match inside it. */
const REGIME_NAMES = REGIME_IDS.flatMap((regime) => FACTS[regime].info.names.map((name) => ({ regime, name }))).sort((a, b) => b.name.length - a.name.length);

const parsedArticles = new Map<string, { article: Article | undefined; regimeNamed: Regime | undefined }>();

function readArticle(text: string): { article: Article | undefined; regimeNamed: Regime | undefined } {
  let rest = text.normalize('NFC').trim();
  let regimeNamed: Regime | undefined;
  for (const { regime, name } of REGIME_NAMES) {
    const at = rest.toLowerCase().indexOf(name.toLowerCase());
    if (at === -1) continue;
    regimeNamed ??= regime;
    rest = `${rest.slice(0, at)} ${rest.slice(at + name.length)}`;
  }
  rest = rest.replace(/\b(?:of|der|des|du|de la|de|regulation|verordnung|règlement|\(eu\)|\(ue\)|eu|ue)\b/gi, ' ').trim();
  for (const [pattern, replacement] of ARTICLE_NOTATION) rest = rest.replace(pattern, replacement).trim();
  const article = rest.replace(/[\s,]+/g, '').toLowerCase();
  return { article: CANONICAL_ARTICLE.test(article) ? article : undefined, regimeNamed };
}

/** "Art. 6 (1) (f)", "Art. 6 Abs. 1 lit. f DSGVO" -> "6(1)(f)"; text that cannot be read, lower case without spaces. */
export function normalizeArticle(article: string): Article {
  return parseArticle(article).article ?? article.trim().replace(/\s+/g, '').toLowerCase();
}

// ---------------------------------------------------------------- regimes and grounds

export function regimeInfo(regime: Regime): RegimeInfo {
  return factsOf(regime).info;
}

const citationPatterns = new Map<Regime, RegExp>();

/** How the regime cites an article ("Art. 30(1) GDPR"), as a pattern that finds its citations in a text (global). */
export function citationPattern(regime: Regime): RegExp {
  let pattern = citationPatterns.get(regime);
  if (!pattern) {
    const [before, after] = regimeInfo(regime)
      .citation.split('{article}')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`${before}\\d+(?:\\([0-9a-z]+\\))*${after}`, 'g');
    citationPatterns.set(regime, pattern);
  }
  return pattern;
}

/**
 * Which of a record's regimes an article belongs to (a legal basis, a condition): the regime it
 * names ("Art. 6(1)(b) GDPR"), else `regime` where its list (`listFor`) holds it, else the first
 * of `regimes` whose list does, else `regime`.
 */
export function regimeOfArticle<T extends { readonly article: Article }>(article: string, regime: Regime, regimes: readonly Regime[], listFor: (regime: Regime) => readonly T[]): Regime {
  const { regimeNamed } = parseArticle(article);
  if (regimeNamed !== undefined && regimes.includes(regimeNamed)) return regimeNamed;
  const wanted = normalizeArticle(article);
  const holds = (under: Regime) => listFor(under).some((item) => item.article === wanted);
  if (holds(regime)) return regime;
  return regimes.find(holds) ?? regime;
}

/** An article as the regime is cited: "6(1)(f)" under the GDPR -> "Art. 6(1)(f) GDPR". */
export function citeArticle(regime: Regime, article: Article): string {
  return regimeInfo(regime).citation.replace('{article}', article);
}

export function groundsFor(regime: Regime): readonly Ground[] {
  return factsOf(regime).grounds;
}

export function groundFor(regime: Regime, article: string): Ground | undefined {
  const wanted = normalizeArticle(article);
  return groundsFor(regime).find((g) => g.article === wanted);
}

// ---------------------------------------------------------------- special categories

export const specialCategories: readonly SpecialCategory[] = SPECIAL_DATA.categories;

export function specialCategory(id: string): SpecialCategory | undefined {
  return specialCategories.find((c) => c.id === id);
}

export function specialConditions(regime: Regime): readonly SpecialCondition[] {
  return factsOf(regime).specialConditions;
}

export function specialCondition(regime: Regime, article: string): SpecialCondition | undefined {
  const wanted = normalizeArticle(article);
  return specialConditions(regime).find((c) => c.article === wanted);
}

/** The explicit-consent condition: 10(2)(a) or 9(2)(a). */
export function consentCondition(regime: Regime): SpecialCondition {
  const found = specialConditions(regime).find((c) => c.consent);
  if (!found) throw new Error(`no consent condition for ${regime}`);
  return found;
}

/** What allows processing data on criminal convictions and offences: 2018/1725 Art. 11 / GDPR Art. 10. */
/** How the regime treats special categories: its term, its rule, and the further conditions of national law. */
export function specialRegime(regime: Regime): SpecialRegime {
  return factsOf(regime).special;
}

export function criminalCondition(regime: Regime): CriminalCondition | null {
  return factsOf(regime).criminalCondition;
}

// ---------------------------------------------------------------- countries

export const euCountries: readonly string[] = COUNTRY_DATA.eu;
/** EU Member States plus Iceland, Liechtenstein and Norway. */
export const eeaCountries: readonly string[] = Object.freeze([...COUNTRY_DATA.eu, ...COUNTRY_DATA.eea_efta]);
export const commonCountryMistakes: Readonly<Record<string, string>> = COUNTRY_DATA.common_mistakes;

/** The ISO code to write instead of `code` (UK -> GB, EL -> GR), or undefined if `code` is not a known mistake. */
export function countryCodeMistake(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  return Object.hasOwn(commonCountryMistakes, upper) ? commonCountryMistakes[upper] : undefined;
}

/** Upper-cased ISO code, with the common mistakes (UK, EL) mapped to GB and GR. */
export function canonicalCountry(code: string): string {
  const upper = code.trim().toUpperCase();
  return countryCodeMistake(upper) ?? upper;
}

/** Whether data sent to `code` stays home under the regime: no transfer (within the EEA for the EU regimes). */
export function isDomestic(regime: Regime, code: string): boolean {
  return factsOf(regime).domestic.includes(canonicalCountry(code));
}

// ---------------------------------------------------------------- adequacy

/** The regime's adequacy decisions (or regulations, or the Federal Council's list), whatever their dates. */
export function adequacyDecisions(regime: Regime): readonly AdequacyDecision[] {
  return factsOf(regime).adequacy;
}

/** Whether `decision` is in force on `asOf` (from adoption up to and including `valid_until`). */
export function adequacyInForce(decision: AdequacyDecision, asOf: IsoDate): boolean {
  checkDate(asOf);
  return decision.adopted <= asOf && (decision.valid_until === null || asOf <= decision.valid_until);
}

/**
 * Every adequacy decision of the regime, whatever its dates, for a country (ISO code; UK and
 * EL are accepted as GB and GR) or an international organisation (its id, e.g. "EPO", or its
 * name, e.g. "European Patent Organisation").
 */
export function adequacyDecisionsFor(regime: Regime, destination: string): readonly AdequacyDecision[] {
  const country = canonicalCountry(destination);
  const org = destination.trim().toUpperCase();
  return adequacyDecisions(regime).filter((d) => d.code === country || (d.organisation !== null && (d.organisation.toUpperCase() === org || d.name.toUpperCase() === org)));
}

/**
 * The regime's adequacy decision in force on `asOf` for a country or an international
 * organisation (as in `adequacyDecisionsFor`), or undefined. Check `scope`: some decisions
 * cover only some recipients. Invalidated frameworks (Safe Harbour, Privacy Shield) are not
 * returned; see `mechanismStatus`.
 */
export function adequacyFor(regime: Regime, destination: string, asOf: IsoDate): AdequacyDecision | undefined {
  checkDate(asOf);
  return adequacyDecisionsFor(regime, destination).find((d) => adequacyInForce(d, asOf));
}

// ---------------------------------------------------------------- mechanisms and derogations

/** The dated transfer mechanisms the regime knows: frameworks, standard clauses. */
export function mechanisms(regime: Regime): readonly Mechanism[] {
  return factsOf(regime).mechanisms;
}

export function mechanism(regime: Regime, id: string): Mechanism | undefined {
  return mechanisms(regime).find((m) => m.id === id);
}

/** Status of a mechanism of the regime on `asOf`, or undefined for an id the regime does not know. */
export function mechanismStatus(regime: Regime, id: string, asOf: IsoDate): MechanismStatus | undefined {
  checkDate(asOf);
  const m = mechanism(regime, id);
  if (!m) return undefined;
  if (m.invalid_from !== null && asOf >= m.invalid_from) return 'invalid';
  if (m.repealed_from !== null && asOf >= m.repealed_from) return 'repealed';
  if (m.usable_from !== null && asOf < m.usable_from) return 'not-yet';
  return 'usable';
}

/** "2010/87/EU" -> /(?<!\d)2010\s*\/\s*87(?!\d)/ : the year/number part, tolerant of spaces. */
function decisionPattern(decision: string): RegExp {
  const m = /(\d{4})\/(\d+)/.exec(decision);
  if (!m) throw new Error(`bad decision number: ${decision}`);
  return new RegExp(`(?<!\\d)${m[1]}\\s*/\\s*${m[2]}(?!\\d)`);
}

const decisionPatterns = new Map<Regime, readonly { mechanism: Mechanism; decision: string; pattern: RegExp }[]>();

function patternsOf(regime: Regime): readonly { mechanism: Mechanism; decision: string; pattern: RegExp }[] {
  let patterns = decisionPatterns.get(regime);
  if (!patterns) {
    patterns = mechanisms(regime).flatMap((m) => m.decisions.filter((d) => /\d{4}\/\d+/.test(d)).map((decision) => ({ mechanism: m, decision, pattern: decisionPattern(decision) })));
    decisionPatterns.set(regime, patterns);
  }
  return patterns;
}

/** The old (pre-2021) standard clauses decision that `text` refers to, e.g. "2010/87/EU", or undefined. */
export function oldSccReferenced(regime: Regime, text: string): string | undefined {
  return patternsOf(regime).find((p) => p.mechanism.id === 'scc-old' && p.pattern.test(text))?.decision;
}

/** The mechanism of the regime whose decision `text` refers to (e.g. "Decision 2016/1250" -> privacy-shield), or undefined. */
export function mechanismReferenced(regime: Regime, text: string): Mechanism | undefined {
  return patternsOf(regime).find((p) => p.pattern.test(text))?.mechanism;
}

export function derogationsFor(regime: Regime): readonly Derogation[] {
  return factsOf(regime).derogations;
}

/** Derogation by article; GDPR "49(1)" is the compelling-legitimate-interests subparagraph. */
export function derogation(regime: Regime, article: string): Derogation | undefined {
  const wanted = normalizeArticle(article);
  return derogationsFor(regime).find((d) => d.article === wanted);
}

// ---------------------------------------------------------------- DPIA screening (WP248)

export const wp248Criteria: readonly Wp248Criterion[] = WP248_DATA.criteria;
export const WP248_THRESHOLD: number = WP248_DATA.threshold;

/** privrec's screening aid for criteria a record shows without declaring them (wp248.json `inference`). */
export const wp248Inference: Wp248Inference = WP248_DATA.inference;

export function wp248Criterion(id: string): Wp248Criterion | undefined {
  return wp248Criteria.find((c) => c.id === id);
}

/** True when the distinct known criteria among `ids` reach the WP248 threshold (2). */
export function dpiaIndicated(ids: readonly string[]): boolean {
  const known = new Set(ids.filter((id) => wp248Criterion(id) !== undefined));
  return known.size >= WP248_THRESHOLD;
}

// ---------------------------------------------------------------- risk rating

export const riskScales: { readonly likelihood: readonly RiskLevel[]; readonly severity: readonly RiskLevel[] } = Object.freeze({ likelihood: RISK_DATA.likelihood, severity: RISK_DATA.severity });
export const riskBands: readonly RiskBand[] = RISK_DATA.bands;
/** The band whose residual risk calls for prior consultation (2018/1725 Art. 40 / GDPR Art. 36). */
export const PRIOR_CONSULTATION_BAND: RiskBandId = RISK_DATA.prior_consultation_band;

/** Band of a rating (likelihood x severity, an integer 1-9), or undefined outside that range. */
export function ratingBand(rating: number): RiskBand | undefined {
  if (!Number.isInteger(rating)) return undefined;
  return riskBands.find((b) => b.min <= rating && rating <= b.max);
}

/** Rating and band for a likelihood and a severity, each an integer 1-3; undefined otherwise. */
export function riskRating(likelihood: number, severity: number): { readonly rating: number; readonly band: RiskBand } | undefined {
  const valid = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 3;
  if (!valid(likelihood) || !valid(severity)) return undefined;
  const rating = likelihood * severity;
  const band = ratingBand(rating);
  return band ? { rating, band } : undefined;
}

// ---------------------------------------------------------------- rights

export const rights: readonly Right[] = RIGHT_DATA.rights;

/** The right as the regime describes it to the data subject, in `lang`. */
export function rightDescription(regime: Regime, right: Right, lang: Lang): string {
  return (factsOf(regime).rightDescriptions[right.id] ?? right.description)[lang];
}

export function right(id: string): Right | undefined {
  return rights.find((r) => r.id === id);
}

/**
 * The rights the regime grants for processing on grounds of the given kinds: rights without a
 * ground condition, and those whose condition one of the kinds meets.
 */
export function rightsFor(regime: Regime, groundKinds: readonly GroundKind[]): readonly Right[] {
  return rights.filter((r) => r.articles[regime] !== null && (r.grounds === null || r.grounds.some((k) => groundKinds.includes(k))));
}
