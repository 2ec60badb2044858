import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/**
 * Each format lives in its own module and is imported only when asked for; stylish, the default,
 * always is. Only stylish colours its output: `color` is whether it may.
 */
const FORMATTERS: Record<string, (color: boolean) => Promise<Formatter>> = {
  stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);

export async function loadFormatter(name: string, color = false): Promise<Formatter | undefined> {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name]!(color) : undefined;
}
