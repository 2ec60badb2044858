import { REGIMES, citeArticle, criminalCondition, specialCategory, specialCondition, specialRegime, type FurtherCondition, type FurtherConditions } from '../law/index.js';
import type { DataCategory } from '../record.js';
import type { RecordContext, RecordRule } from './types.js';

/**
 * Where national law adds a condition to the regime's own (under the UK GDPR, s. 10 DPA 2018 and
 * Schedule 1 for Art. 9(2)(b), (g), (h), (i) and (j) and for criminal offence data), the record
 * names it and, where the condition asks for one, the appropriate policy document. A warning:
 * the Schedule 1 paragraph that asks the record to name the condition (para. 41) is not verified
 * in docs/law.md.
 */
export const furtherCondition: RecordRule = {
  kind: 'record',
  id: 'further-condition',
  description:
    'Special category and criminal offence data name the further condition national law adds (DPA 2018 Schedule 1 under the UK GDPR) and, where it asks for one, the appropriate policy document.',
  articles: Object.fromEntries(
    REGIMES.map((regime) => {
      const further = specialRegime(regime).further_conditions;
      return [regime, further ? [further.section, further.record] : []];
    }),
  ),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  check(context) {
    const further = specialRegime(context.regime).further_conditions;
    if (!further) return;
    context.record.personal_data?.forEach((data, index) => checkCategory(context, further, data, ['personal_data', index]));
  },
};

function checkCategory(context: RecordContext, further: FurtherConditions, data: DataCategory, path: (string | number)[]): void {
  const { regime } = context;
  const category = data.special === undefined ? undefined : specialCategory(data.special);
  if (!category) return;
  const condition = category.kind === 'criminal' ? criminalCondition(regime) : data.condition === undefined ? undefined : specialCondition(regime, data.condition);
  if (!condition?.further) return;
  const allowed = further.conditions.filter((entry) => condition.further!.some((ref) => ref === entry.paragraph || ref === `part-${entry.part}`));
  const relied = `${citeArticle(regime, condition.article)}`;
  const paragraph = (entry: FurtherCondition) => further.cite.replace('{paragraph}', entry.paragraph);
  if (data.further_condition === undefined) {
    context.report({
      path: [...path, data.condition === undefined ? 'special' : 'condition'],
      message:
        `"${data.category}" relies on ${relied}, which ${further.section} makes depend on a condition of ${further.name} (${range(allowed, paragraph)}): ` +
        `name it in \`further_condition\` (${further.record} asks the record to name it).`,
    });
    return;
  }
  const named = paragraphNamed(data.further_condition);
  const entry = allowed.find((candidate) => candidate.paragraph === named);
  if (!entry) {
    context.report({
      path: [...path, 'further_condition'],
      message: `\`${data.further_condition}\` is not a condition of ${further.name} that ${relied} can rest on: name one of ${range(allowed, paragraph)}.`,
    });
    return;
  }
  if (entry.appropriate_policy_document === 'none' || data.policy_document !== undefined) return;
  const unless = entry.appropriate_policy_document === 'unless-provided' ? ', unless the paragraph provides otherwise' : '';
  context.report({
    path: [...path, 'further_condition'],
    message:
      `${paragraph(entry)} (${entry.en.toLowerCase()}) is met only while the controller has an appropriate policy document (${further.policy_document})${unless}, for processing under ${relied}: ` +
      'say where it is in `policy_document`.',
  });
}

/** "Sch. 1 para. 18", "paragraph 18", "18" -> "18". */
function paragraphNamed(text: string): string | undefined {
  return /(?:para(?:graph)?\.?\s*)(\d+)/i.exec(text)?.[1] ?? /^\s*(\d+)\s*$/.exec(text)?.[1];
}

function range(entries: readonly FurtherCondition[], paragraph: (entry: FurtherCondition) => string): string {
  if (entries.length === 1) return paragraph(entries[0]!);
  return `${paragraph(entries[0]!)} to ${entries.at(-1)!.paragraph}`;
}
