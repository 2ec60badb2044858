/**
 * Records for rule tests. GDPR_RECORD and EUDPR_RECORD are complete and valid: no rule reports
 * anything on them. Failing cases are best written as small records with `yamlLines`, so that the
 * line of each node can be read off the test.
 */

/** A GDPR record: a public school using a video-conferencing provider in the United States. */
export const GDPR_RECORD = `privrec: 1
id: gdpr-example
title: Video lessons
description: Lessons given by video conference while the school is closed.
regime: gdpr
updated: "2026-06-01"
language: en
controllers:
  - name: Example School
    contact:
      email: office@school.example
    public_authority: true
    location: DE
dpo:
  name: School DPO
  email: dpo@school.example
joint_controllers:
  - name: Example School Board
    contact:
      email: board@school.example
    arrangement: Agreement on joint responsibility of 2026-01-15, essence published on the website.
processors:
  - name: Video Provider Inc.
    service: Video conferencing
    contract: Data processing agreement of 2026-02-01
    instructions_only: true
    location: US
purposes:
  - Teaching pupils at a distance.
legal_basis:
  - article: 6(1)(e)
    instrument: School Act, section 1
  - article: 6(1)(a)
    consent:
      given: Parents sign the consent form.
      withdrawal: Parents tell the school office by e-mail at any time.
data_subjects:
  - Pupils
personal_data:
  - category: Video and audio of pupils
    source: data_subject
  - category: Health information given for absences
    special: health
    condition: 9(2)(a)
    source: data_subject
recipients:
  - name: Video Provider Inc.
    type: processor
    location: US
transfers:
  - country: US
    recipient: Video Provider Inc.
    safeguard:
      type: dpf
      reference: Certified under the EU-US Data Privacy Framework
retention:
  - data: all
    period: P1Y
    after: the end of the school year
security:
  - Meetings are protected by passwords.
automated_decisions:
  used: false
notice:
  url: https://school.example/privacy
  rights_contact: dpo@school.example
  requirement: Taking part is voluntary.
  complaint_authority:
    name: State Data Protection Authority
    contact:
      email: authority@dpa.example
dpia:
  required: true
  reference: DPIA "Video lessons" of 2026-05-20, kept by the DPO
`;

/** A 2018/1725 record: an agency's staff directory, with a transfer to an international organisation. */
export const EUDPR_RECORD = `privrec: 1
id: eudpr-example
title: Staff directory
description: The agency's internal directory of staff.
regime: eudpr
updated: "2026-06-01"
language: en
controllers:
  - name: Example Agency
    contact:
      email: info@agency.example
    public_authority: true
dpo:
  email: dpo@agency.example
joint_controllers: []
processors:
  - name: Hosting Provider
    contract: Framework contract DI/0001
    instructions_only: true
    location: LU
purposes:
  - Helping staff find each other.
legal_basis:
  - article: 5(1)(a)
    instrument: Regulation (EU) 0000/0000 establishing the Agency, Article 2
  - article: 5(1)(d)
    consent:
      given: Staff tick a box to show their photo.
      withdrawal: Staff untick the box at any time.
data_subjects:
  - Staff
personal_data:
  - category: Name and office
    source: data_subject
  - category: Trade union role
    special: trade-union-membership
    condition: 10(2)(b)
    source: data_subject
recipients:
  - name: European Patent Organisation
    type: international-organisation
transfers:
  - organisation: European Patent Organisation
    recipient: European Patent Organisation
    safeguard:
      type: adequacy
      reference: Decision (EU) 2025/1382
retention:
  - data: all
    period: P3M
    after: the staff member leaves
security:
  - Access only from the agency's network.
automated_decisions:
  used: false
notice:
  url: https://agency.example/privacy
  rights_contact: dpo@agency.example
  requirement: Staff provide their name and office as part of their employment; the photo is optional.
`;

/** YAML text from its lines: line n of the record is argument n. */
export function yamlLines(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** A UK GDPR record: a university's alumni relations, with a US mailing service on the UK Extension to the DPF and a college in the EEA. */
export const UK_RECORD = `privrec: 1
id: uk-example
title: Alumni relations
description: Keeping in touch with former students and inviting them to events.
regime: uk-gdpr
updated: "2026-06-01"
language: en
controllers:
  - name: Example University
    contact:
      email: dataprotection@university.example
    location: GB
dpo:
  name: University DPO
  email: dpo@university.example
processors:
  - name: Mailing Service Inc.
    service: Sending newsletters
    contract: Data processing agreement of 2026-02-01
    instructions_only: true
    location: US
purposes:
  - Telling alumni about events and the university's news.
legal_basis:
  - article: 6(1)(a)
    consent:
      given: Alumni tick the newsletter box on the alumni form.
      withdrawal: Alumni follow the unsubscribe link in every newsletter.
data_subjects:
  - Alumni
personal_data:
  - category: Name and contact details
    source: data_subject
  - category: Disability information for event access
    special: health
    condition: 9(2)(a)
    source: data_subject
recipients:
  - name: Mailing Service Inc.
    type: processor
    location: US
  - name: Partner College
    type: third-party
    location: IE
transfers:
  - country: US
    recipient: Mailing Service Inc.
    safeguard:
      type: dpf
      reference: Certified under the UK Extension to the EU-US Data Privacy Framework
  - country: IE
    recipient: Partner College
    safeguard:
      type: adequacy
retention:
  - data: all
    period: P5Y
    after: the last contact
security:
  - Access limited to the alumni office.
automated_decisions:
  used: false
notice:
  url: https://university.example/privacy/alumni
  rights_contact: dpo@university.example
  requirement: Giving contact details is voluntary.
`;

/** An FADP record: a Swiss company's customer service, with a US help-desk provider on the Swiss-US DPF. */
export const FADP_RECORD = `privrec: 1
id: fadp-example
title: Customer service
description: Answering customers' questions by e-mail and telephone.
regime: fadp
updated: "2026-06-01"
language: en
controllers:
  - name: Example AG
    contact:
      email: privacy@example.ch
      address: Bahnhofstrasse 1, 8001 Zürich
    location: CH
processors:
  - name: Helpdesk Inc.
    service: Help-desk software
    contract: Data processing agreement of 2026-02-01
    instructions_only: true
    location: US
purposes:
  - Answering customers' questions about their orders.
legal_basis:
  - article: 31(2)(a)
    explanation: The questions concern the customer's contract.
data_subjects:
  - Customers
personal_data:
  - category: Name, contact details and the question asked
    source: data_subject
recipients:
  - name: Helpdesk Inc.
    type: processor
    location: US
transfers:
  - country: US
    recipient: Helpdesk Inc.
    safeguard:
      type: dpf
      reference: Certified under the Swiss-US Data Privacy Framework
retention:
  - data: all
    period: P2Y
    after: the question is answered
security:
  - Access limited to the customer service team.
automated_decisions:
  used: false
notice:
  url: https://example.ch/privacy
`;

/** The complete record of each regime: every rule that applies under it reports nothing on it. */
export const COMPLETE_RECORDS = { gdpr: GDPR_RECORD, eudpr: EUDPR_RECORD, 'uk-gdpr': UK_RECORD, fadp: FADP_RECORD } as const;

/** A processor's record (Art. 30(2) GDPR): a hosting provider, for the web shops of two controllers. */
export const PROCESSOR_RECORD = `privrec: 1
id: processor-example
role: processor
title: Hosting of client web shops
regime: gdpr
updated: "2026-06-01"
processor:
  name: ACME Cloud GmbH
  contact:
    email: privacy@acme.example
dpo:
  name: ACME DPO
  email: dpo@acme.example
controllers:
  - name: Shop One Ltd
    contact:
      email: privacy@shop-one.example
    processing: [Hosting the web shop, Nightly backups]
  - name: Shop Two SA
    contact:
      email: dpo@shop-two.example
    processing: [Hosting the web shop]
transfers: []
security:
  - Data encrypted at rest and in transit.
`;
