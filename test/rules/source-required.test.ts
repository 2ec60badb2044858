import { PINNED_PLACEHOLDER_SOURCES } from './phrases.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const data = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'personal_data:', ...lines);
const directory = data('  - category: Account data', '  - category: Directory data', '    source:', '      name: EP corporate directory');
const why = 'requires telling people from which source data not obtained from them originates, and whether it was publicly accessible';

testRule('source-required', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'no category names a source other than the data subject: no guessing', yaml: data('  - category: Account data', '  - category: Log files', '    source: data_subject') },
    {
      name: 'a named source (EMSA: "The data is supplied by the MSs")',
      yaml: data('  - category: Country Profile contact details', '    source:', '      name: EU Member States', '      publicly_accessible: false'),
    },
    { name: 'register-only: the notice item is not checked (EDPS register)', yaml: directory, regime: 'eudpr', config: { notices: false } },
    // Near misses: each placeholder within a real name is a source.
    ...PINNED_PLACEHOLDER_SOURCES.filter((phrase) => phrase !== '').map((phrase) => ({
      name: `"${phrase} registry of Bavaria"`,
      yaml: data('  - category: Scores', `    source: ${JSON.stringify(`${phrase} registry of Bavaria`)}`),
    })),
  ],
  invalid: [
    {
      name: 'a category without source while others come from elsewhere (EDPS: directory data from the EP)',
      yaml: directory,
      regime: 'eudpr',
      findings: [
        {
          at: '4:5',
          message: `\`Account data\` has no \`source\` while other data of this record comes from elsewhere: Art. 16(2)(e) of 2018/1725 ${why}. Name its source, or write \`source: data_subject\` if people provide it themselves.`,
        },
      ],
    },
    { name: 'the same under the GDPR', yaml: directory, findings: [{ at: '4:5', message: `Art. 14(2)(f) GDPR ${why}` }] },
    {
      name: 'a placeholder source, written as text or as a name',
      yaml: data('  - category: Contacts', '    source: Third party', '  - category: Scores', '    source:', '      name: unknown'),
      findings: [
        { at: '5:13', message: `"Third party" does not name a source: Art. 14(2)(f) GDPR ${why}. Name the organisation, register or system the data comes from.` },
        { at: '8:13', message: '"unknown" does not name a source' },
      ],
    },
    // The whole list: every placeholder is reported.
    ...PINNED_PLACEHOLDER_SOURCES.filter((phrase) => phrase !== '').map((phrase) => ({
      name: `the placeholder "${phrase}"`,
      yaml: data('  - category: Scores', `    source: ${JSON.stringify(phrase)}`),
      findings: [{ at: '5:13', message: 'does not name a source' }],
    })),
  ],
});
