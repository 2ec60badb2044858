/** ISO 8601 durations as records write them: retention periods (P3M) and review intervals (P12M). */

export const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

// The same form as the `duration` definition of schemas/record.schema.json.
// At most five digits a number: P99999Y still ends inside the range of dates JavaScript can hold.
const DURATION = /^P(?!$)(?:(\d{1,5})Y)?(?:(\d{1,5})M)?(?:(\d{1,5})W)?(?:(\d{1,5})D)?(?:T(?=\d)(?:(\d{1,5})H)?(?:(\d{1,5})M)?(?:(\d{1,5})S)?)?$/;

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
