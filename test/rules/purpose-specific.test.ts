import { PINNED_VAGUE_PURPOSES } from './phrases.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const purposes = (...items: string[]) => yamlLines('privrec: 1', 'id: r', 'purposes:', ...items.map((item) => `  - ${JSON.stringify(item)}`));

testRule('purpose-specific', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'purposes that contain a vague word', yaml: purposes('Other users can find your videos.', 'Administration of the session cookies') },
    // Near misses: each phrase inside a specific purpose is not reported (only whole purposes are).
    ...PINNED_VAGUE_PURPOSES.map((phrase) => ({ name: `"${phrase}" within a specific purpose`, yaml: purposes(`${phrase} of the payroll`) })),
  ],
  invalid: [
    {
      name: 'placeholder purposes in English, German and French',
      yaml: purposes('Teaching', 'Business purposes.', 'Sonstige Zwecke', 'autres'),
      findings: [
        {
          at: '5:5',
          message:
            '"Business purposes." is not a specified purpose: Art. 5(1)(b) GDPR requires specified, explicit purposes, and Art. 30(1)(b) GDPR lists them in the record. Say what the data is used for.',
        },
        { at: '6:5', message: /^"Sonstige Zwecke" is not a specified purpose/ },
        { at: '7:5', message: /^"autres" is not a specified purpose/ },
      ],
    },
    {
      name: 'under 2018/1725',
      yaml: purposes('various'),
      regime: 'eudpr',
      findings: [
        {
          at: '4:5',
          message:
            '"various" is not a specified purpose: Art. 4(1)(b) of 2018/1725 requires specified, explicit purposes, and Art. 31(1)(b) of 2018/1725 lists them in the record. Say what the data is used for.',
        },
      ],
    },
    // The whole list: every phrase is reported, in any case.
    ...PINNED_VAGUE_PURPOSES.map((phrase) => ({ name: `the phrase "${phrase}"`, yaml: purposes(phrase.toUpperCase()), findings: [{ at: '4:5', message: 'is not a specified purpose' }] })),
  ],
});
