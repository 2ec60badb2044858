/**
 * Spreadsheets laid out as the authorities' templates, made by the tests: the ICO's controller
 * template (contact block in rows 1-6, headings in row 9, one activity per row) and the CNIL's
 * register (a list of activities, then one fiche sheet per activity with labels and values).
 * The headings are those of mappings/ico.yaml and mappings/cnil.yaml, as published.
 */
import writeXlsxFile from 'write-excel-file/node';

export const ICO_HEADINGS = [
  'Business function',
  'Purpose of processing',
  'Name and contact details of joint controller (if applicable)',
  'Categories of individuals',
  'Categories of personal data',
  'Categories of recipients',
  'Link to contract with processor',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  'Retention schedule (if possible)',
  'General description of technical and organisational security measures (if possible)',
  'Article 6 lawful basis for processing personal data',
  'Article 9 condition for processing special category data',
  'Legitimate interests for the processing (if applicable)',
  'Link to record of legitimate interests assessment (if applicable)',
  'Rights available to individuals',
  'Existence of automated decision-making, including profiling (if applicable)',
  'The source of the personal data (if applicable)',
  'Link to record of consent',
  'Location of personal data',
  'Data Protection Impact Assessment required?',
  'Data Protection Impact Assessment progress',
  'Link to Data Protection Impact Assessment',
  'Has a personal data breach occurred?',
  'Link to record of personal data breach',
  'Data Protection Act 2018 Schedule 1 Condition for processing',
  'GDPR Article 6 lawful basis for processing',
  'Link to retention and erasure policy document',
  'Is personal data retained and erased in accordance with the policy document?',
  'Reasons for not adhering to policy document (if applicable)',
];

/** @type {Record<string, string>[]} */
const ICO_ROWS = [
  {
    'Business function': 'Human resources',
    'Purpose of processing': 'Staff administration\nPayroll',
    'Categories of individuals': 'Employees; Job applicants',
    'Categories of personal data': 'Contact details; Bank details; Sickness records',
    'Categories of recipients': 'Payroll provider; HMRC',
    'Link to contract with processor': 'Contracts folder/Payroll Ltd DPA 2024.pdf',
    'Retention schedule (if possible)': '6 years after employment ends',
    'General description of technical and organisational security measures (if possible)': '- Access controls\n- Encryption at rest',
    'Article 6 lawful basis for processing personal data': 'Article 6(1)(b) - contract\nArticle 6(1)(c) - legal obligation',
    'Article 9 condition for processing special category data': 'Article 9(2)(b) - employment law',
    'Existence of automated decision-making, including profiling (if applicable)': 'No',
    'Data Protection Impact Assessment required?': 'No',
    'Data Protection Act 2018 Schedule 1 Condition for processing': 'Paragraph 1 - employment',
  },
  {
    'Business function': 'Marketing',
    'Purpose of processing': 'Sending newsletters to customers',
    'Categories of individuals': 'Customers',
    'Categories of personal data': 'Name; Email address',
    'Categories of recipients': 'Email service provider',
    'Names of third countries or international organisations that personal data are transferred to (if applicable)': 'United States',
    'Retention schedule (if possible)': 'Until consent is withdrawn',
    'Article 6 lawful basis for processing personal data': 'Article 6(1)(a) - consent',
    'Existence of automated decision-making, including profiling (if applicable)': 'Profiling for segmentation',
    'Data Protection Impact Assessment required?': 'Yes',
    'Link to Data Protection Impact Assessment': 'DPIA-2025-03',
  },
];

/** @returns {Promise<Buffer>} */
export async function icoTemplate() {
  const blank = () => ICO_HEADINGS.map(() => null);
  const block = (label, value) => [label, value, ...ICO_HEADINGS.slice(2).map(() => null)];
  const rows = [
    block('Name', 'Example Trading Ltd'),
    block('Address', '1 High Street, Exampletown'),
    block('Email', 'privacy@example.co.uk'),
    block('Telephone', '01234 567890'),
    blank(),
    block('Data Protection Officer', 'dpo@example.co.uk'),
    blank(),
    blank(),
    ICO_HEADINGS,
    ...ICO_ROWS.map((row) => ICO_HEADINGS.map((heading) => row[heading] ?? null)),
  ];
  return (await writeXlsxFile([{ data: rows, sheet: 'Template' }, { data: [['Headings highlighted green are required areas of documentation.']], sheet: 'Notes' }]).toBuffer());
}

/** @type {[string, string][][]} */
const CNIL_FICHES = [
  [
    ["Nom de l'activité", 'Gestion de la paie'],
    ['Date de création de la fiche', '02/01/2024'],
    ['Date de dernière mise à jour de la fiche', '15/03/2025'],
    ['Objectifs poursuivis', 'Calcul et versement des salaires\nDéclarations sociales'],
    ['Catégories de personnes concernées', 'Salariés; Stagiaires'],
    ['Catégories de données collectées', 'État-civil, identité, données d’identification; Vie professionnelle; Informations d’ordre économique et financier'],
    ['Des données sensibles sont-elles traitées ?', 'Non'],
    ['Durées de conservation des catégories de données', '5 ans à compter de la fin du contrat de travail'],
    ['Destinataires internes', 'Service des ressources humaines'],
    ['Organismes externes', 'URSSAF'],
    ['Sous-traitants', 'Prestataire de paie'],
    ['Transferts des données hors UE', 'Non'],
    ['Mesures de sécurité', 'Contrôle d’accès des utilisateurs\nSauvegarde des données'],
  ],
  [
    ["Nom de l'activité", 'Vidéoprotection'],
    ['Date de dernière mise à jour de la fiche', '2025-06-30'],
    ['Objectifs poursuivis', 'Sécurité des locaux'],
    ['Catégories de personnes concernées', 'Salariés; Visiteurs'],
    ['Catégories de données collectées', 'Images'],
    ['Durées de conservation des catégories de données', '30 jours'],
    ['Destinataires internes', 'Service de sécurité'],
    ['Mesures de sécurité', 'Accès restreint aux enregistrements'],
    ['Référence interne', 'VP-12'],
  ],
];

/** @returns {Promise<Buffer>} */
export async function cnilTemplate() {
  const list = [['Registre des activités de traitement'], ['Activité', 'Fiche'], ...CNIL_FICHES.map((fiche, index) => [fiche[0][1], `Fiche ${index + 1}`])];
  const fiches = CNIL_FICHES.map((fiche, index) => ({ sheet: `Fiche ${index + 1}`, data: [[`Fiche n° ${index + 1}`, null], ...fiche.map(([label, value]) => [label, value])] }));
  return (await writeXlsxFile([{ data: list, sheet: 'Registre' }, ...fiches]).toBuffer());
}
