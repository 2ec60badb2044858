import { ConfigResolver } from '../config.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { severityOf } from '../rules/severity.js';
import { writeOut } from './terminal.js';

export async function runRules(options: { config?: string; format: string }): Promise<number> {
  const config = await new ConfigResolver(options.config, process.cwd()).forDirectory(process.cwd());
  const rules = ruleCatalogue().map((rule) => ({ ...rule, effective: severityOf(rule, config) }));
  if (options.format === 'json') {
    writeOut(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => {
    const articles = Object.entries(rule.articles)
      .map(([regime, list]) => `${regime}: ${list.join(', ')}`)
      .join('; ');
    return `${rule.id.padEnd(idWidth)}  ${rule.effective.padEnd(7)}  ${rule.description}${articles ? ` [${articles}]` : ''}`;
  });
  writeOut(`${lines.join('\n')}\n`);
  return 0;
}
