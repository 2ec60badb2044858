import { regimeInfo } from '../law/index.js';
import type { Regime, Severity } from '../model.js';
import type { RuleMeta } from '../rules/types.js';
import type { Formatter } from './types.js';
import { fingerprintedFindings } from './fingerprint.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/privrec';
/** partialFingerprints key: versioned, so that a change of recipe does not match old alerts wrongly. */
const FINGERPRINT_KEY = 'privrecFindingHash/v1';

const level = (severity: Severity) => (severity === 'error' ? 'error' : 'warning');

function docsUrl(ruleId: string, version: string): string {
  return `https://unpkg.com/privrec@${version}/docs/rules/${ruleId}.md`;
}

function legalBasis(rule: RuleMeta): string {
  return Object.entries(rule.articles)
    .map(([regime, articles]) => `${articles.join(', ')} ${regimeInfo(regime as Regime).short_name}`)
    .join('; ');
}

function descriptor(rule: RuleMeta, version: string) {
  const basis = legalBasis(rule);
  const url = docsUrl(rule.id, version);
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: basis ? `${rule.description} (${basis})` : rule.description },
    helpUri: url,
    help: {
      text: `${rule.description}\nDocumentation: docs/rules/${rule.id}.md (${url}), or run: privrec explain ${rule.id}`,
      markdown: `${rule.description}\n\nSee [docs/rules/${rule.id}.md](${url}) or run \`privrec explain ${rule.id}\`.`,
    },
    defaultConfiguration: { level: level(rule.severity) },
  };
}

/** Percent-encodes each path segment, so that spaces, `#` or `%` in a file name stay one valid URI. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0 in the subset GitHub code scanning accepts; paths relative to the repository root. */
export const sarif: Formatter = (results, context) => {
  const rules = [...context.rules.values()];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults = fingerprintedFindings(results, context).map(({ finding, path, fingerprint }) => ({
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(path), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(finding.regimes && { properties: { regimes: finding.regimes } }),
  }));
  return `${JSON.stringify(
    {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'privrec',
              version: context.version,
              semanticVersion: context.version,
              informationUri: INFORMATION_URI,
              rules: rules.map((rule) => descriptor(rule, context.version)),
            },
          },
          columnKind: 'utf16CodeUnits',
          results: sarifResults,
        },
      ],
    },
    null,
    2,
  )}\n`;
};
