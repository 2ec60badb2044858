import { citeArticle, groundFor, regimeInfo } from '../law/index.js';
import type { Finding } from '../model.js';
import { validateNoticeRequirements, validateRecordRequirements } from '../validate/schema.js';
import { recordRequired } from './record-required.js';
import { severityOf } from './severity.js';
import { rightsContact } from '../record.js';
import { DATA_SUBJECT, articlesOf, cite, citeHeld, citeIfHeld, sourceOf } from './support.js';
import type { RecordContext, RecordRule } from './types.js';

/** Findings about the notice as a whole are reported at the `notice` key, or where the record starts. */
const AT_NOTICE = { path: ['notice'], prefer: 'key' } as const;

/** The record holds everything its data-protection notice must say. */
export const noticeComplete: RecordRule = {
  kind: 'record',
  id: 'notice-complete',
  description: 'The record holds what its data-protection notice must say (Art. 15/16 of 2018/1725, Art. 13/14 GDPR).',
  articles: articlesOf(({ articles }) => [articles.notice_direct, articles.notice_indirect]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  scope: 'notice',
  check(context) {
    reportNoticeRequirements(context, this.id);
    checkComplaintAuthority(context);
    checkRightsContact(context);
    checkRequirementStatement(context);
    checkLegitimateInterests(context);
  },
};

/**
 * What src/law/regimes/<regime>/notice.schema.json requires. Items the record must hold
 * anyway (recipients, retention, ...) are left to record-required when it runs: one finding
 * per missing item.
 */
function reportNoticeRequirements(context: RecordContext, ruleId: string): void {
  const { record, regime, config } = context;
  const sameProblem = (finding: Finding) => `${finding.line}:${finding.column}:${finding.message.split(':', 1)[0]}`;
  const recordFindings = severityOf(recordRequired, config) === 'off' ? [] : validateRecordRequirements(record, regime, context, recordRequired.id);
  const reported = new Set(recordFindings.map(sameProblem));
  for (const finding of validateNoticeRequirements(record, regime, context, ruleId)) {
    if (!reported.has(sameProblem(finding))) context.report({ range: finding, message: finding.message });
  }
}

/** Under the GDPR the competent authority must be named; under 2018/1725 it is always the EDPS. */
function checkComplaintAuthority(context: RecordContext): void {
  const { record, regime, config } = context;
  if (regimeInfo(regime).complaint_authority.kind === 'fixed') return;
  if (record.notice?.complaint_authority || config.supervisoryAuthority) return;
  context.report({
    ...AT_NOTICE,
    message: `The notice cannot name the supervisory authority people may complain to (${citeHeld(regime, 'notice_complaint')}): set \`notice.complaint_authority\`, or \`supervisory_authority\` in privrec.yaml for every record.`,
  });
}

/** Somewhere to exercise rights, found as the renderer finds it (rightsContact). */
function checkRightsContact(context: RecordContext): void {
  const { record, regime, config } = context;
  if (rightsContact(record, config.parties)) return;
  context.report({
    ...AT_NOTICE,
    message: `The notice has no address for exercising rights (${cite(regime, 'notice_rights')}): set \`notice.rights_contact\`, or give the controller's or the DPO's e-mail address, form or web page.`,
  });
}

/** Where people provide data themselves, the notice says whether they must (direct collection only). */
function checkRequirementStatement(context: RecordContext): void {
  const { record, regime } = context;
  const article = citeIfHeld(regime, 'notice_requirement');
  if (record.notice?.requirement !== undefined || article === undefined) return;
  const categories = record.personal_data ?? [];
  const fromThePerson = categories.length === 0 || categories.some((category) => [undefined, DATA_SUBJECT].includes(sourceOf(category)));
  if (!fromThePerson) return;
  context.report({
    ...AT_NOTICE,
    message: `The notice must say whether providing the data is a statutory or contractual requirement, whether people are obliged to provide it and what happens if they do not (${article}): set \`notice.requirement\`.`,
  });
}

/** GDPR only: a notice relying on legitimate interests names them. */
function checkLegitimateInterests(context: RecordContext): void {
  const { record, regime } = context;
  const article = regimeInfo(regime).articles.notice_legitimate_interests;
  if (article === null) return;
  record.legal_basis?.forEach((basis, index) => {
    if (basis.interests !== undefined || groundFor(regime, basis.article)?.kind !== 'legitimate-interests') return;
    context.report({
      path: ['legal_basis', index, 'article'],
      message: `${citeArticle(regime, basis.article)} (legitimate interests) is relied on without the \`interests\` pursued: ${citeArticle(regime, article)} requires the notice to state them.`,
    });
  });
}
