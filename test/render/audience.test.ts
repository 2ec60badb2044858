/**
 * Public pages never carry an internal item: records whose internal items hold marker strings,
 * rendered by the CLI as every public page (each kind and format, and the site), must not show a
 * marker; rendered for the internal audience, every marker is there (so the check can fail).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runCli, tempProject } from '../helpers.js';
import { EUDPR_RECORD, GDPR_RECORD } from '../rules/records.js';
import { AS_OF, tempDir } from './helpers.js';

/** The record with a marker in each item the regime keeps internal by default (regimes.json internal_items). */
function withMarkers(yaml: string): string {
  const document = parseDocument(yaml);
  document.setIn(['processors', 0, 'contract'], 'MARKER-CONTRACT');
  document.setIn(['processors', 0, 'sub_processors'], [{ name: 'Sub Host', contract: 'MARKER-SUB-CONTRACT', location: 'DE' }]);
  document.set('dpia', { required: true, reference: 'MARKER-DPIA', risks: [{ description: 'MARKER-RISK', likelihood: 2, severity: 3, mitigation: 'MARKER-MITIGATION' }] });
  if (document.get('regime') === 'gdpr') document.set('security', ['MARKER-SECURITY']);
  return document.toString();
}

const MARKERS = {
  gdpr: ['MARKER-CONTRACT', 'MARKER-SUB-CONTRACT', 'MARKER-DPIA', 'MARKER-RISK', 'MARKER-MITIGATION', 'MARKER-SECURITY'],
  eudpr: ['MARKER-CONTRACT', 'MARKER-SUB-CONTRACT', 'MARKER-DPIA', 'MARKER-RISK', 'MARKER-MITIGATION'],
};

/** Every file under a directory, by relative name. */
function pages(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}

function renderAll(project: string, audience: 'public' | 'internal', extra: string[] = []): Map<string, string> {
  const out = tempDir();
  for (const kind of ['notice', 'record', 'register', 'dpia']) {
    for (const format of ['md', 'html']) {
      const result = runCli(['render', '.', '--kind', kind, '--format', format, '--audience', audience, '--as-of', AS_OF, '--force', '--out', join(out, 'pages'), ...extra], { cwd: project });
      expect(result.status, `${kind} ${format}: ${result.stderr}`).toBe(0);
    }
  }
  const site = runCli(['render', '.', '--site', join(out, 'site'), '--audience', audience, '--as-of', AS_OF, '--force', ...extra], { cwd: project });
  expect(site.status, site.stderr).toBe(0);
  return pages(out);
}

describe.each([
  ['gdpr', GDPR_RECORD],
  ['eudpr', EUDPR_RECORD],
] as const)('%s: what the audience sees', (regime, yaml) => {
  const project = tempProject({ 'privrec.yaml': `privrec: 1\nregime: ${regime}\n`, 'record.yaml': withMarkers(yaml) });

  it('no internal item on any public page', () => {
    const rendered = renderAll(project, 'public');
    expect(rendered.size).toBeGreaterThanOrEqual(11);
    for (const [name, content] of rendered) {
      for (const marker of MARKERS[regime]) expect(content, `${marker} in ${name}`).not.toContain(marker);
      expect(content, name).not.toMatch(/Internal: not for publication/);
    }
  });

  it('every internal item on the internal record page, which says it is internal', () => {
    const rendered = renderAll(project, 'internal');
    for (const format of ['md', 'html']) {
      const record = rendered.get(`pages/${regime}-example.record.${format}`)!;
      for (const marker of MARKERS[regime]) expect(record, `${marker} in the ${format} record`).toContain(marker);
      expect(record).toContain('Internal: not for publication');
    }
    expect(rendered.get(`site/${regime}-example.record.html`)).toContain('MARKER-CONTRACT');
  });
});

describe('privrec.yaml changes what is public', () => {
  const config = 'privrec: 1\nregime: gdpr\nvisibility:\n  security: public\n  description: internal\n  processors: internal\n';
  const record = withMarkers(GDPR_RECORD)
    .replace('Lessons given by video conference', 'MARKER-DESCRIPTION')
    .replace('  - name: Video Provider Inc.\n    service', '  - name: MARKER-PROCESSOR\n    service');
  const project = tempProject({ 'privrec.yaml': config, 'record.yaml': record });

  it('publishes security, withholds the description and the processors from record pages and the register', () => {
    const rendered = renderAll(project, 'public');
    const record = rendered.get('pages/gdpr-example.record.html')!;
    expect(record).toContain('MARKER-SECURITY');
    expect(record).toContain('<span class="withheld">Not published.</span>');
    for (const [name, content] of rendered) {
      expect(content, name).not.toContain('MARKER-CONTRACT');
      if (!name.includes('.notice.')) expect(content, name).not.toContain('MARKER-DESCRIPTION');
      if (!name.includes('.notice.')) expect(content, name).not.toContain('MARKER-PROCESSOR');
    }
  });

  it('keeps in the notice what the notice must say (processors among its recipients), whatever the visibility', () => {
    const rendered = renderAll(project, 'public');
    expect(rendered.get('pages/gdpr-example.notice.html')).toContain('MARKER-PROCESSOR');
    expect(rendered.get('pages/gdpr-example.record.html')).not.toContain('MARKER-PROCESSOR');
  });

  it('refuses an item that is not one', () => {
    const bad = tempProject({ 'privrec.yaml': 'privrec: 1\nvisibility:\n  secrets: internal\n', 'record.yaml': GDPR_RECORD });
    const result = runCli(['render', '.', '--kind', 'record', '--out', tempDir()], { cwd: bad });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/privrec\.yaml\n\s+3:3\s+error\s+`secrets` is not an item of `visibility`\. Allowed here: description, /);
  });
});
