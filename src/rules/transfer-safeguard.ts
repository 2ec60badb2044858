import {
  adequacyDecisionsFor,
  adequacyFor,
  canonicalCountry,
  citeArticle,
  countryCodeMistake,
  derogation,
  derogationsFor,
  isDomestic,
  mechanism,
  mechanismReferenced,
  mechanismStatus,
  regimeInfo,
  REGIMES,
  type Mechanism,
  type Regime,
} from '../law/index.js';
import type { DataPath } from '../model.js';
import type { Transfer } from '../record.js';
import { articlesOf, fromOtherRegime, lowerFirst, markedAsPublicAuthority, publicAuthorityController } from './support.js';
import type { RecordContext, RecordRule } from './types.js';

type Safeguard = NonNullable<Transfer['safeguard']>;

/** Where a transfer goes: `key` to look it up in the law data (ISO code or organisation), `shown` for messages. */
interface Destination {
  key: string;
  shown: string;
}

export const transferSafeguard: RecordRule = {
  kind: 'record',
  id: 'transfer-safeguard',
  description: 'Each transfer rests on a safeguard that is valid for its destination on the evaluation date (--as-of).',
  articles: articlesOf(({ transfers }) => [transfers.adequacy, transfers.safeguards, transfers.bcr, transfers.derogations, transfers.derogations_public_authority_limit]),
  roles: ['controller', 'processor'],
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    context.record.transfers?.forEach((transfer, index) => checkTransfer(context, transfer, ['transfers', index]));
  },
};

function checkTransfer(context: RecordContext, transfer: Transfer, path: DataPath): void {
  if (transfer.country !== undefined) {
    const isoCode = countryCodeMistake(transfer.country);
    if (isoCode)
      context.report({
        path: [...path, 'country'],
        fix: isoCode,
        message: `\`${transfer.country}\` is not an ISO 3166-1 country code: write \`${isoCode}\`, so that the third country of the transfer is named (${citeArticle(context.regime, regimeInfo(context.regime).articles.record_transfers)}).`,
      });
  }
  const destination: Destination | undefined =
    transfer.country !== undefined
      ? { key: canonicalCountry(transfer.country), shown: canonicalCountry(transfer.country) }
      : transfer.organisation !== undefined
        ? { key: transfer.organisation, shown: `"${transfer.organisation}"` }
        : undefined;
  if (!destination) return; // the schema reports a transfer without country or organisation
  // Data sent within the area the regime protects (the EEA, the UK, Switzerland) needs no safeguard.
  if (transfer.country !== undefined && isDomestic(context.regime, transfer.country)) return;
  const { safeguard } = transfer;
  if (!safeguard) {
    context.report({ path: [...path, transfer.country !== undefined ? 'country' : 'organisation'], message: noSafeguard(context, destination) });
    return;
  }
  const at = (key: keyof Safeguard): DataPath => [...path, 'safeguard', key];
  const referenced = safeguard.reference === undefined ? undefined : mechanismReferenced(context.regime, safeguard.reference);
  const typeProblem = safeguardTypeProblem(context, safeguard, destination, referenced);
  if (typeProblem) context.report({ path: at('type'), message: typeProblem });
  if (safeguard.ground !== undefined && safeguard.type === 'derogation') {
    const groundProblem = derogationProblem(context, safeguard.ground);
    if (groundProblem) context.report({ path: at('ground'), message: groundProblem });
  }
  // A mechanism named both as the type and in the reference is reported once, at the type.
  if (referenced && referenced !== mechanism(context.regime, safeguard.type)) {
    const referenceProblem = referencedMechanismProblem(context, referenced, destination);
    if (referenceProblem) context.report({ path: at('reference'), message: referenceProblem });
  }
}

function noSafeguard({ regime, asOf }: RecordContext, destination: Destination): string {
  const { transfers } = regimeInfo(regime);
  const decision = adequacyFor(regime, destination.key, asOf);
  const hint = decision ? ` An adequacy decision is in force for ${decision.name}${decisionNumber(decision.decision)}: write \`safeguard: { type: adequacy }\`.` : '';
  return `The transfer to ${destination.shown} names no safeguard: it needs an adequacy decision (${citeArticle(regime, transfers.adequacy)}), ${otherSafeguards(regime)}.${hint}`;
}

function safeguardTypeProblem(context: RecordContext, safeguard: Safeguard, destination: Destination, referenced: Mechanism | undefined): string | undefined {
  const { regime } = context;
  const { transfers, name } = regimeInfo(regime);
  if (!transfers.safeguard_types.includes(safeguard.type)) {
    const named = REGIMES.map((other) => mechanism(other, safeguard.type)).find((found) => found !== undefined)?.name ?? `\`${safeguard.type}\``;
    return `${named} is not a safeguard under ${name}: the transfer needs ${otherSafeguards(regime)}.`;
  }
  switch (safeguard.type) {
    case 'adequacy':
      // An adequacy framework named in the reference (Privacy Shield, say) is judged at the reference.
      return referenced?.kind === 'adequacy' ? undefined : adequacyProblem(context, destination);
    case 'derogation':
      return safeguard.ground === undefined ? `A derogation must name the ground of ${citeArticle(regime, transfers.derogations)} it rests on: add \`ground\`.` : undefined;
    case 'bcr':
      return transfers.bcr === null ? `${name} does not provide for binding corporate rules: name a safeguard of ${citeArticle(regime, transfers.safeguards)}.` : undefined;
    default: {
      const named = mechanism(regime, safeguard.type);
      return named && mechanismProblem(context, named, destination);
    }
  }
}

function adequacyFrameworkProblem(context: RecordContext, framework: Mechanism, destination: Destination): string | undefined {
  if (framework.country !== null && framework.country !== destination.key) {
    const { transfers } = regimeInfo(context.regime);
    return `The ${framework.name} covers transfers to ${framework.country} only, not to ${destination.shown}: the transfer needs an adequacy decision for ${destination.shown} (${citeArticle(context.regime, transfers.adequacy)}) or ${otherSafeguards(context.regime)}.`;
  }
  return mechanismStatusProblem(context, framework);
}

function adequacyProblem({ regime, asOf }: RecordContext, destination: Destination): string | undefined {
  if (adequacyFor(regime, destination.key, asOf)) return undefined;
  const { transfers } = regimeInfo(regime);
  const decisions = adequacyDecisionsFor(regime, destination.key);
  const later = decisions.find((decision) => asOf < decision.adopted);
  const needs = `the transfer needs ${otherSafeguards(regime)}`;
  if (later) return `The adequacy decision for ${later.name}${decisionNumber(later.decision)} (${citeArticle(regime, transfers.adequacy)}) applies from ${later.adopted} only: on ${asOf} ${needs}.`;
  const expired = decisions.find((decision) => decision.valid_until !== null && decision.valid_until < asOf);
  if (expired) return `The adequacy decision for ${expired.name}${decisionNumber(expired.decision)} (${citeArticle(regime, transfers.adequacy)}) expired on ${expired.valid_until}: ${needs}.`;
  return `No adequacy decision (${citeArticle(regime, transfers.adequacy)}) is in force for ${destination.shown} on ${asOf}: the transfer needs ${otherSafeguards(regime)}.`;
}

function referencedMechanismProblem(context: RecordContext, referenced: Mechanism, destination: Destination): string | undefined {
  if (referenced.kind === 'processor-clauses') {
    const { articles, transfers } = regimeInfo(context.regime);
    const where = articles.processor_standard_clauses === null ? '' : ` (${citeArticle(context.regime, articles.processor_standard_clauses)})`;
    return `${decisions(referenced)} sets the clauses between controller and processor${where}, ` + `not safeguards for a transfer (${citeArticle(context.regime, transfers.safeguards)}).`;
  }
  return mechanismProblem(context, referenced, destination);
}

/** An adequacy framework (`dpf`) for another country or no longer in force; clauses not yet or no longer usable. */
function mechanismProblem(context: RecordContext, named: Mechanism, destination: Destination): string | undefined {
  return named.kind === 'adequacy' ? adequacyFrameworkProblem(context, named, destination) : mechanismStatusProblem(context, named);
}

/** Why a dated mechanism cannot be relied on at `asOf`, or undefined when it can. */
function mechanismStatusProblem({ regime, asOf }: RecordContext, framework: Mechanism): string | undefined {
  const status = mechanismStatus(regime, framework.id, asOf);
  const named = `${framework.name} (${decisions(framework)})`;
  if (status === 'not-yet')
    return `${named} applies from ${framework.usable_from} only: on ${asOf} it could not be relied on, and the transfer needed another safeguard (${citeArticle(regime, regimeInfo(regime).transfers.articles)}).`;
  if (status !== 'invalid') return undefined;
  const { judgment } = framework;
  const why = judgment ? `the Court of Justice declared it invalid (${judgment.case}, ${judgment.name})` : lowerFirst(framework.note).replace(/\.$/, '');
  return `${named} can no longer be relied on since ${framework.invalid_from}: ${why}. ` + `The transfer needs another safeguard (${citeArticle(regime, regimeInfo(regime).transfers.articles)}).`;
}

function derogationProblem(context: RecordContext, ground: string): string | undefined {
  const { regime } = context;
  const { transfers } = regimeInfo(regime);
  const found = derogation(regime, ground);
  if (!found) {
    const mixUp = fromOtherRegime(regime, ground, 'derogation', derogationsFor, (mine, foreign) => mine.id === foreign.id);
    if (mixUp?.counterpart) return mixUp.message;
    const grounds = derogationsFor(regime).map((item) => item.article);
    return `\`${ground}\` is not a derogation of ${citeArticle(regime, transfers.derogations)}: the grounds are ${grounds.join(', ')}.`;
  }
  const limit = transfers.derogations_public_authority_limit;
  const authority = found.not_for_public_authorities ? publicAuthorityController(context) : undefined;
  if (!authority || limit === null) return undefined;
  return `${markedAsPublicAuthority(authority)}: in the exercise of its public powers it may not rely on ` + `${citeArticle(regime, found.article)} (${citeArticle(regime, limit)}).`;
}

/** What a transfer without an adequacy decision needs. */
function otherSafeguards(regime: Regime): string {
  const { transfers } = regimeInfo(regime);
  return `appropriate safeguards (${citeArticle(regime, transfers.safeguards)}) or a derogation (${citeArticle(regime, transfers.derogations)})`;
}

function decisions(framework: Mechanism): string {
  return `${framework.decisions.length === 1 ? 'Decision' : 'Decisions'} ${framework.decisions.join(', ')}`;
}

function decisionNumber(decision: string | null): string {
  return decision === null ? '' : ` (Decision ${decision})`;
}
