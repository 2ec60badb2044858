import { createRequire } from 'node:module';
import type { Finding, Regime } from '../model.js';
import type { Locator } from '../load/positions.js';
import { messageFor, type ValidationError } from './messages.js';
import { roleOf } from '../record.js';

type Validator = ((data: unknown) => boolean) & { errors?: ValidationError[] | null };

/** The shape schemas, and each regime's requirement schemas as `<regime>-record` and `<regime>-notice`. */
type Validators = Record<string, Validator | undefined> & { record: Validator; config: Validator; mapping: Validator };

let validators: Validators | undefined;

/** Validators compiled at build time (scripts/build.mjs): no schema compilation at run time. */
function compiled(): Validators {
  validators ??= createRequire(import.meta.url)('../generated/validators.cjs') as Validators;
  return validators;
}

function run(validator: Validator, data: unknown, positions: Locator, ruleId: string, schemaName: SchemaName): Finding[] {
  if (validator(data)) return [];
  return toFindings(validator.errors ?? [], data, positions, ruleId, schemaName);
}

function requirementValidator(name: RequirementSchema): Validator {
  const validator = compiled()[name];
  if (!validator) throw new Error(`no requirement schema ${name} (src/law/regimes/<regime>/)`);
  return validator;
}

/** A regime's requirement schema: its controller's record, its processor's record, its notice. */
export type RequirementSchema = `${Regime}-record` | `${Regime}-processor-record` | `${Regime}-notice`;
export type SchemaName = 'record' | 'config' | 'mapping' | RequirementSchema;

/** The record's shape: keys, types, formats. */
export function validateRecordShape(data: unknown, positions: Locator): Finding[] {
  return run(compiled().record, data, positions, 'schema', 'record');
}

/** What the regime makes mandatory in a controller's record (Art. 31(1) / Art. 30(1)) or, for `role: processor`, a processor's (Art. 31(2) / Art. 30(2)). */
export function validateRecordRequirements(data: unknown, regime: Regime, positions: Locator, ruleId: string): Finding[] {
  const name: RequirementSchema = roleOf(data) === 'processor' ? `${regime}-processor-record` : `${regime}-record`;
  return run(requirementValidator(name), data, positions, ruleId, name);
}

/** What a notice needs (Art. 15/16 / Art. 13/14). */
export function validateNoticeRequirements(data: unknown, regime: Regime, positions: Locator, ruleId: string): Finding[] {
  return run(requirementValidator(`${regime}-notice`), data, positions, ruleId, `${regime}-notice`);
}

export function validateConfigData(data: unknown, positions: Locator): Finding[] {
  return run(compiled().config, data, positions, 'config', 'config');
}

/** An import mapping file (schemas/mapping.schema.json). */
export function validateMappingData(data: unknown, positions: Locator): Finding[] {
  return run(compiled().mapping, data, positions, 'mapping', 'mapping');
}

/**
 * Turns ajv errors into findings: one per problem, at the offending node, worded for a DPO.
 * Alternatives (anyOf, oneOf, if/then) produce one error per failed branch; only the most
 * telling one is kept per location.
 */
function toFindings(errors: ValidationError[], data: unknown, positions: Locator, ruleId: string, schemaName: SchemaName): Finding[] {
  const findings = selectErrors(errors).map((error): Finding => {
    const { message, path, prefer } = messageFor(error, schemaName, data);
    return { ruleId, severity: 'error', message, ...positions.locate(path, prefer) };
  });
  // ajv reports in the schema's order; a flow mapping on one line can hold its keys in another.
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

const MISMATCH_KEYWORDS = new Set(['type', 'const', 'enum', 'required', 'pattern', 'minLength']);

function selectErrors(errors: ValidationError[]): ValidationError[] {
  const dropped = new Set<ValidationError>();
  for (const alternative of errors) {
    if (alternative.keyword !== 'anyOf' && alternative.keyword !== 'oneOf') continue;
    const at = alternative.instancePath;
    const sameLevel = errors.filter((e) => e !== alternative && e.instancePath === at);
    const deeper = errors.some((e) => e.instancePath.startsWith(at + '/'));
    if (!deeper && sameLevel.every((e) => MISMATCH_KEYWORDS.has(e.keyword))) {
      // No branch got further than its first check: say what the alternatives are.
      sameLevel.forEach((e) => dropped.add(e));
    } else {
      // One branch fits the value's kind: its specific errors tell more than the mismatches.
      dropped.add(alternative);
      sameLevel.filter((e) => e.keyword === 'type').forEach((e) => dropped.add(e));
    }
  }
  // A key's own error (it carries `propertyName`) is told by its propertyNames error, at the key.
  return errors.filter((e) => e.keyword !== 'if' && e.propertyName === undefined && !dropped.has(e));
}
