/** ISO 8601 durations as records write them: retention periods (P3M) and review intervals (P12M). */

export const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

// The same form as the `duration` definition of schemas/record.schema.json.
const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** The amounts a duration names, by unit (units it does not name are absent), or undefined when it is not one. */
export function parseDuration(text: string): Partial<Record<DurationUnit, number>> | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const parts: Partial<Record<DurationUnit, number>> = {};
  DURATION_UNITS.forEach((unit, index) => {
    const amount = match[index + 1];
    if (amount !== undefined) parts[unit] = Number(amount);
  });
  return parts;
}
