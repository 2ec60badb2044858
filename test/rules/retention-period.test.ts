import { PINNED_ARCHIVING, PINNED_OPEN_ENDED_EVENTS, PINNED_VAGUE_RETENTION } from './phrases.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

/** A record with one data category, Logs, kept as `retention` says (lines 5 on). */
const keeping = (...retention: string[]) => yamlLines('privrec: 1', 'id: r', 'personal_data:', '  - category: Logs', 'retention:', '  - data: Logs', ...retention);

testRule('retention-period', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'a period with its event', yaml: keeping('    period: P7D', '    after: the sending process') },
    { name: 'an event alone', yaml: keeping('    until: the end of the contract') },
    { name: 'words that merely contain a vague phrase ("DNA/analysis")', yaml: keeping('    until: the DNA/analysis report is delivered') },
    {
      name: '`all` covers every category',
      yaml: yamlLines('privrec: 1', 'id: r', 'personal_data:', '  - category: Access data', 'retention:', '  - data: all', '    period: P7D', '    after: collection'),
    },
    {
      name: 'no `personal_data` to compare the names with: the coverage is not checked',
      yaml: yamlLines('privrec: 1', 'id: r', 'retention:', '  - data: Logs', '    period: P7D', '    after: collection'),
    },
    // Near misses: each phrase as part of a longer word is no finding.
    ...PINNED_VAGUE_RETENTION.filter((phrase) => /^[\p{L}]+$/u.test(phrase)).map((phrase) => ({ name: `"${phrase}" inside a word`, yaml: keeping(`    until: the x${phrase}x project ends`) })),
    ...[...PINNED_OPEN_ENDED_EVENTS, ...PINNED_ARCHIVING]
      .filter((phrase) => /^[\p{L}]+$/u.test(phrase))
      .map((phrase) => ({ name: `"${phrase}" inside a word, as an event`, yaml: keeping(`    until: the x${phrase}x project ends`) })),
    { name: 'an open-ended event with a maximum period', yaml: keeping('    period: P2Y', '    until: the user requests deletion') },
    { name: 'a period that runs after archiving', yaml: keeping('    period: P10Y', '    after: the file is archived') },
    { name: 'an event the controller decides', yaml: keeping('    until: the end of the training course') },
  ],
  invalid: [
    {
      name: 'a single name, as a text, that is no category: at the text',
      yaml: yamlLines('privrec: 1', 'id: r', 'personal_data:', '  - category: Logs', 'retention:', '  - data: Log files', '    period: P7D', '    after: collection'),
      findings: ['4:15', { at: '6:11', message: '`Log files` is not a category of `personal_data`' }],
    },
    {
      name: 'no time limit for two categories, both named',
      yaml: yamlLines('privrec: 1', 'id: r', 'personal_data:', '  - category: Logs', '  - category: Traces', 'retention:', '  - data: [Logs, Traces]'),
      findings: [{ at: '7:5', message: 'The retention of `Logs`, `Traces` has no time limit' }],
    },
    {
      name: 'an entry with no time limit, quoting a vague note (Dhoon/Laxey: "N/A")',
      yaml: keeping('    note: "N/A – up to individuals to delete their accounts as they see fit"'),
      findings: [
        {
          at: '6:5',
          message:
            'The retention of `Logs` has no time limit (its note says "n/a"): Art. 30(1)(f) GDPR asks for the time limits for erasure, and Art. 13(2)(a) GDPR for the storage period or the criteria that determine it. Give a `period` (e.g. P6M) and the event it runs `after`, or the event `until` which the data is kept.',
        },
      ],
    },
    {
      name: 'citing 2018/1725 in an eudpr record',
      yaml: keeping('    note: Cookies can be deleted by the user.'),
      regime: 'eudpr',
      findings: [{ at: '6:5', message: /^The retention of `Logs` has no time limit: Art\. 31\(1\)\(f\) of 2018\/1725 asks .* Art\. 15\(2\)\(a\) of 2018\/1725 / }],
    },
    ...[
      ['it is no longer needed to achieve the purpose for which it was collected', 'no longer needed'],
      ['as long as necessary', 'as long as necessary'],
      ['Kept indefinitely.', 'indefinitely'],
      ['solange erforderlich', 'solange erforderlich'],
      ['so lange wie nötig', 'so lange wie nötig'],
      ['aussi longtemps que nécessaire', 'aussi longtemps que nécessaire'],
    ].map(([event, phrase]) => ({
      name: `the vague event "${event}"`,
      yaml: keeping(`    until: ${event}`),
      findings: [
        {
          at: '7:12',
          message: `"${phrase}" is not a time limit: Art. 30(1)(f) GDPR asks for the time limits for erasure, and Art. 13(2)(a) GDPR for the storage period or the criteria that determine it. Name the event, e.g. "the end of the contract", or give a \`period\`.`,
        },
      ],
    })),
    {
      name: 'a vague event beside a period, once',
      yaml: keeping('    period: P1Y', '    after: no longer necessary'),
      findings: [{ at: '8:12', message: /^"no longer necessary" is not a time limit/ }],
    },
    {
      name: 'a category that no entry covers and a name that is no category, matching case-insensitively',
      yaml: yamlLines(
        'privrec: 1',
        'id: r',
        'personal_data:',
        '  - category: Access data',
        '  - category: Log files',
        'retention:',
        '  - data: [access DATA, Logfiles]',
        '    period: P7D',
        '    after: the session',
      ),
      findings: [
        {
          at: '5:15',
          message: 'No retention entry covers `Log files`: Art. 30(1)(f) GDPR asks for the time limit of each category of data. Name it in `retention[].data` as written here, or use `all`.',
        },
        { at: '7:25', message: '`Logfiles` is not a category of `personal_data`: the time limits are given per category of data (Art. 30(1)(f) GDPR). Name the category as written there, or `all`.' },
      ],
    },
    // The whole lists: every phrase is reported, in any case.
    ...PINNED_VAGUE_RETENTION.map((phrase) => ({
      name: `the vague phrase "${phrase}"`,
      yaml: keeping(`    until: ${JSON.stringify(`kept ${phrase.toUpperCase()}`)}`),
      findings: [{ at: '7:12', message: `"${phrase}" is not a time limit` }],
    })),
    ...PINNED_OPEN_ENDED_EVENTS.map((phrase) => ({
      name: `the open-ended event "${phrase}"`,
      yaml: keeping(`    until: ${JSON.stringify(`when ${phrase}`)}`),
      findings: [{ at: '7:12', message: `("${phrase}")` }],
    })),
    ...PINNED_ARCHIVING.map((phrase) => ({
      name: `archiving: "${phrase}"`,
      yaml: keeping(`    until: ${JSON.stringify(`${phrase} after ten years`)}`),
      findings: [{ at: '7:12', message: `"${phrase}": archiving keeps the data` }],
    })),
    {
      name: 'until the user requests deletion',
      yaml: keeping('    until: the user requests deletion'),
      findings: [{ at: '7:12', message: 'Kept until "the user requests deletion", an event that may never come or that the controller does not decide ("requests deletion")' }],
    },
    {
      name: 'until de-installation or upgrade (EDPS, Cisco Jabber)',
      yaml: keeping('    until: de-installation or upgrade of the client'),
      findings: [{ at: '7:12', message: 'Add the maximum `period`' }],
    },
    { name: 'while the account is active', yaml: keeping('    until: while the account is active'), findings: ['7:12'] },
    { name: 'until overwritten', yaml: keeping('    until: the log is overwritten'), findings: ['7:12'] },
    { name: "per the provider's retention practices", yaml: keeping("    until: deleted per the provider's retention practices"), findings: ['7:12'] },
    {
      name: 'archived after 10 years: archiving is not erasure',
      yaml: keeping('    until: archived after 10 years'),
      findings: [{ at: '7:12', message: '"archived": archiving keeps the data, it is not erasure' }],
    },
    {
      name: '`period: N/A` gets the retention explanation, not a schema error',
      yaml: keeping('    period: N/A'),
      findings: [{ at: '7:13', message: '"n/a" is not a time limit: Art. 30(1)(f) GDPR asks for the time limits for erasure' }],
    },
    { name: '`period: as long as necessary`', yaml: keeping('    period: as long as necessary'), findings: [{ at: '7:13', message: '"as long as necessary" is not a time limit' }] },
    {
      name: '`period: 6 months`: did you mean P6M',
      yaml: keeping('    period: 6 months', '    after: collection'),
      findings: [{ at: '7:13', message: '`period: 6 months` is not an ISO 8601 duration: did you mean `P6M`?' }],
    },
    { name: '`period: 10 Jahre`', yaml: keeping('    period: 10 Jahre', '    after: Ende des Vertrags'), findings: [{ at: '7:13', message: 'did you mean `P10Y`?' }] },
    // A certain fix only for a number and a unit and nothing else (the snapshot shows which findings carry one).
    ...[
      ['`period: 6months`, no space', '6months', 'did you mean `P6M`?'],
      ['`period: "6 months "`, a space after', '"6 months "', 'did you mean `P6M`?'],
      ['`period: within 6 months`: words before, no fix', 'within 6 months', 'such as P6M (six months)'],
      ['`period: 6 months or more`: words after, no fix', '6 months or more', 'such as P6M (six months)'],
      ['`period: 6 apples`: no unit of time, no fix', '6 apples', 'such as P6M (six months)'],
    ].map(([name, period, message]) => ({ name: name!, yaml: keeping(`    period: ${period}`, '    after: collection'), findings: [{ at: '7:13', message: message! }] })),
    {
      name: 'register-only: the record article alone',
      yaml: keeping('    until: as long as necessary'),
      config: { notices: false },
      findings: [{ at: '7:12', message: /asks for the time limits for erasure\. Name the event/ }],
    },
  ],
});
