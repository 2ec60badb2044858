/** Values of a record at dotted paths (`dpo.email`, `dpia.risks`), as spreadsheet columns and mapping keys name them. */

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at `path`, or undefined where a key on the way is missing. */
export function getPath(target: unknown, path: string): unknown {
  let node = target;
  for (const key of path.split('.')) node = isMapping(node) ? node[key] : undefined;
  return node;
}

/** Sets the value at `path`, creating the mappings on the way (replacing what is not one). */
export function setPath(target: Mapping, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!isMapping(node[key])) node[key] = {};
    node = node[key] as Mapping;
  }
  node[keys[keys.length - 1]!] = value;
}

/** The list at `path`, created empty where there is none. */
export function listAt(target: Mapping, path: string): unknown[] {
  const existing = getPath(target, path);
  if (Array.isArray(existing)) return existing;
  const list: unknown[] = [];
  setPath(target, path, list);
  return list;
}
