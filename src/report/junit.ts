import type { Finding } from '../model.js';
import type { Formatter } from './types.js';
import { plural, printable, repositoryPath } from './text.js';

// XML 1.0 allows neither lone surrogates nor U+FFFE/U+FFFF; printable() has already shown control characters.
const NOT_XML_CHAR = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/** Text for XML, escaped: control characters shown as \u{..}; with `keepLineBreaks`, the line feeds between findings stay. */
function xmlText(text: string, keepLineBreaks = false): string {
  return printable(text, { keepLineBreaks })
    .replace(NOT_XML_CHAR, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes and keep tabs, which parsers would turn into spaces (line breaks are shown as \u{a}). */
function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;');
}

/** One finding a line: a line break inside a message (a hostile key) is shown, not taken for the next finding. */
const findingLine = (f: Finding) => printable(`${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`);

/** JUnit XML: one test case per record file, failed when the file has errors. */
export const junit: Formatter = (results, context) => {
  let failures = 0;
  const cases = results.map((result) => {
    const path = xmlAttribute(repositoryPath(result.filePath, context));
    const open = `    <testcase classname="privrec" name="${path}" file="${path}"`;
    if (result.findings.length === 0) return `${open}/>`;
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const body = xmlText(result.findings.map(findingLine).join('\n'), true);
    if (errors === 0) return `${open}>\n      <system-out>${body}</system-out>\n    </testcase>`;
    failures++;
    const summary = `${plural(errors, 'error')}, ${plural(result.findings.length - errors, 'warning')}`;
    return `${open}>\n      <failure type="privrec" message="${summary}">${body}</failure>\n    </testcase>`;
  });
  const counts = `tests="${results.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="privrec" ${counts}>`,
    `  <testsuite name="privrec lint" ${counts} skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
