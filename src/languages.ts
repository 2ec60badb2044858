/**
 * The languages of privrec's built-in text (src/render/i18n/<lang>.json) and the formats pages are
 * written in: one list each, for the CLI's choices, the renderer and the config schema's enums
 * (test/law/regimes-data.test.ts checks the schema against them). A module of its own so that the
 * CLI reads the lists without loading the renderer.
 */
export const LANGS = ['en', 'de', 'fr', 'it'] as const;
export type Lang = (typeof LANGS)[number];

/** The formats templates are written in. */
export const TEMPLATE_FORMATS = ['md', 'html'] as const;
/** What a page can be written as: a template format, or a document laid out from the HTML page. */
export const OUTPUT_FORMATS = [...TEMPLATE_FORMATS, 'docx'] as const;
