import { WP248_THRESHOLD, dpiaIndicated, specialCategory, wp248Criterion, wp248Inference, type Wp248CriterionId } from '../law/index.js';
import type { RecordData } from '../record.js';
import { articlesOf, cite, phraseIn } from './support.js';
import type { RecordRule } from './types.js';

const VULNERABLE_TERMS = Object.values(wp248Inference.vulnerable_terms).flat();

/**
 * The WP248 criteria a record meets, each with what shows it: declared in `dpia.criteria`, or
 * inferred from special-category data, vulnerable data subjects, automated decisions, profiling
 * and the number of data subjects.
 */
function wp248CriteriaMet(record: RecordData): Map<Wp248CriterionId, string> {
  const met = new Map<Wp248CriterionId, string>();
  const add = (id: Wp248CriterionId, why: string) => {
    if (!met.has(id)) met.set(id, why);
  };
  for (const id of record.dpia?.criteria ?? []) {
    if (wp248Criterion(id)) add(id as Wp248CriterionId, 'declared');
  }
  for (const category of record.personal_data ?? []) {
    if (category.special) add('sensitive-data', `${category.category}: ${specialCategory(category.special)?.label.en ?? category.special}`);
  }
  let subjects = 0;
  for (const subject of record.data_subjects ?? []) {
    const { category, vulnerable, count } = typeof subject === 'string' ? { category: subject } : subject;
    if (vulnerable === true || (vulnerable === undefined && phraseIn(category, VULNERABLE_TERMS))) add('vulnerable-subjects', category);
    subjects += count ?? 0;
  }
  if (subjects >= wp248Inference.large_scale_subjects) add('large-scale', `${subjects} data subjects`);
  if (record.automated_decisions?.used === true) add('automated-decision', 'automated decisions are used');
  if (record.automated_decisions?.profiling === true) add('evaluation-scoring', 'profiling');
  return met;
}

/** Processing that meets two or more WP248 criteria has a DPIA, or a documented reason for none. */
export const dpiaRequired: RecordRule = {
  kind: 'record',
  id: 'dpia-required',
  description: 'Processing that meets two or more WP248 criteria has a DPIA (required and referenced) or a justification for none.',
  articles: articlesOf(({ articles }) => [articles.dpia]),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  check(context) {
    const { record, regime } = context;
    const met = wp248CriteriaMet(record);
    if (!dpiaIndicated([...met.keys()])) return;
    const criteria = [...met].map(([id, why]) => `${id} (${why})`).join(', ');
    const basis = `The processing meets ${met.size} WP248 criteria, ${criteria}; meeting ${WP248_THRESHOLD} or more usually calls for a data protection impact assessment (${cite(regime, 'dpia')}).`;
    const dpia = record.dpia;
    if (!dpia) {
      context.report({ path: ['dpia'], message: `No DPIA is documented. ${basis} Add \`dpia\` with \`required: true\` and its \`reference\`, or \`required: false\` with a \`justification\`.` });
    } else if (dpia.required && !dpia.reference) {
      context.report({ path: ['dpia', 'required'], message: `A DPIA is required, but \`dpia.reference\` does not say where it is kept. ${basis}` });
    } else if (!dpia.required && !dpia.justification) {
      context.report({ path: ['dpia', 'required'], message: `\`dpia.required\` is false without a \`justification\`. ${basis} Document why no DPIA is carried out.` });
    }
  },
};
