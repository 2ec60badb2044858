/**
 * A DPIA as pages show it: its risks in a table, and the same risks placed on a likelihood x
 * severity grid (the heat map), before their mitigation and after it. The grid's geometry is
 * computed here; templates/partials/heat-map.html.hbs draws it as inline SVG.
 */
import { ratingBand, riskRating, wp248Criterion, type RiskBandId } from '../law/index.js';
import type { Dpia, Risk } from '../record.js';
import { translate, type Lang } from './i18n.js';

export interface RatingView {
  likelihood: number | null;
  severity: number | null;
  rating: number | null;
  band: RiskBandId | null;
}

export interface RiskView extends RatingView {
  /** The risk's number on the heat map and in the table. */
  number: number;
  id: string | null;
  activity: string | null;
  description: string;
  mitigation: string[];
  residual: (RatingView & { action: string | null }) | null;
}

export interface HeatMapView {
  width: number;
  height: number;
  cells: { x: number; y: number; size: number; band: RiskBandId; label: string }[];
  likelihoodLabels: { x: number; y: number; text: string }[];
  severityLabels: { x: number; y: number; text: string }[];
  axes: { likelihood: { x: number; y: number; text: string }; severity: { x: number; y: number; text: string } };
  markers: { x: number; y: number; number: number; residual: boolean; label: string }[];
  arrows: { x1: number; y1: number; x2: number; y2: number }[];
}

export interface DpiaView {
  required: boolean;
  reference: string | null;
  date: string | null;
  justification: string | null;
  criteria: { id: string; number: number | null; text: string }[];
  risks: RiskView[];
  heatMap: HeatMapView | null;
  priorConsultation: { reference: string | null; date: string | null } | null;
}

const SCALE = [1, 2, 3] as const;
const CELL = 84;
const LEFT = 112;
const TOP = 12;
const BOTTOM = 58;
const RADIUS = 11;
/** Where markers sit in a cell: two rows of three, then on top of each other. */
const SLOTS = [
  [0.2, 0.3],
  [0.5, 0.3],
  [0.8, 0.3],
  [0.2, 0.72],
  [0.5, 0.72],
  [0.8, 0.72],
] as const;

function rated(likelihood: number | undefined, severity: number | undefined, stated?: RiskBandId): RatingView {
  const result = likelihood !== undefined && severity !== undefined ? riskRating(likelihood, severity) : undefined;
  return { likelihood: likelihood ?? null, severity: severity ?? null, rating: result?.rating ?? null, band: result?.band.id ?? stated ?? null };
}

function riskView(risk: Risk, index: number): RiskView {
  const residual = risk.residual;
  return {
    number: index + 1,
    id: risk.id ?? null,
    activity: risk.activity ?? null,
    description: risk.description,
    ...rated(risk.likelihood, risk.severity),
    mitigation: Array.isArray(risk.mitigation) ? [...risk.mitigation] : [risk.mitigation],
    residual: residual ? { ...rated(residual.likelihood, residual.severity, residual.level), action: residual.action ?? null } : null,
  };
}

/** Column of a severity, row of a likelihood (the most likely at the top). */
const cellX = (severity: number) => LEFT + (severity - 1) * CELL;
const cellY = (likelihood: number) => TOP + (3 - likelihood) * CELL;

function heatMap(risks: readonly RiskView[], lang: Lang): HeatMapView | null {
  const placed = risks.filter((r) => r.likelihood !== null && r.severity !== null);
  if (placed.length === 0) return null;
  const t = (key: string, values?: Record<string, unknown>) => translate(lang, `dpia.${key}`, values);
  const cells = SCALE.flatMap((likelihood) =>
    SCALE.map((severity) => {
      const rating = likelihood * severity;
      const band = ratingBand(rating)!.id;
      return { x: cellX(severity), y: cellY(likelihood), size: CELL, band, label: `${t('likelihood')} ${likelihood}, ${t('severity')} ${severity}: ${rating} (${t(`band.${band}`)})` };
    }),
  );
  const used = new Map<string, number>();
  const place = (likelihood: number, severity: number) => {
    const key = `${likelihood}:${severity}`;
    const slot = SLOTS[(used.get(key) ?? 0) % SLOTS.length]!;
    used.set(key, (used.get(key) ?? 0) + 1);
    return { x: cellX(severity) + slot[0] * CELL, y: cellY(likelihood) + slot[1] * CELL };
  };
  const markers: HeatMapView['markers'] = [];
  const arrows: HeatMapView['arrows'] = [];
  for (const risk of placed) {
    const before = place(risk.likelihood!, risk.severity!);
    markers.push({ ...before, number: risk.number, residual: false, label: `${t('risk')} ${risk.number}: ${risk.description}` });
    const after = risk.residual;
    if (after?.likelihood == null || after.severity == null) continue;
    const point = place(after.likelihood, after.severity);
    markers.push({ ...point, number: risk.number, residual: true, label: `${t('risk')} ${risk.number}, ${t('residual')}` });
    const dx = point.x - before.x;
    const dy = point.y - before.y;
    const length = Math.hypot(dx, dy);
    if (length <= 2 * RADIUS + 4) continue;
    const shrink = (RADIUS + 2) / length;
    arrows.push({ x1: round(before.x + dx * shrink), y1: round(before.y + dy * shrink), x2: round(point.x - dx * shrink), y2: round(point.y - dy * shrink) });
  }
  const gridBottom = TOP + 3 * CELL;
  return {
    width: LEFT + 3 * CELL + 8,
    height: gridBottom + BOTTOM,
    cells,
    likelihoodLabels: SCALE.map((likelihood) => ({ x: LEFT - 8, y: cellY(likelihood) + CELL / 2, text: `${likelihood} ${t(`scale.likelihood.${likelihood}`)}` })),
    severityLabels: SCALE.map((severity) => ({ x: cellX(severity) + CELL / 2, y: gridBottom + 20, text: `${severity} ${t(`scale.severity.${severity}`)}` })),
    axes: {
      likelihood: { x: 14, y: TOP + (3 * CELL) / 2, text: t('likelihood') },
      severity: { x: LEFT + (3 * CELL) / 2, y: gridBottom + 46, text: t('severity') },
    },
    markers: markers.map((m) => ({ ...m, x: round(m.x), y: round(m.y) })),
    arrows,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function dpiaView(dpia: Dpia | undefined, lang: Lang): DpiaView | null {
  if (!dpia) return null;
  const risks = (dpia.risks ?? []).map(riskView);
  return {
    required: dpia.required,
    reference: dpia.reference ?? null,
    date: dpia.date ?? null,
    justification: dpia.justification ?? null,
    criteria: (dpia.criteria ?? []).map((id) => {
      const criterion = wp248Criterion(id);
      return { id, number: criterion?.number ?? null, text: criterion?.en ?? id };
    }),
    risks,
    heatMap: heatMap(risks, lang),
    priorConsultation: dpia.prior_consultation ? { reference: dpia.prior_consultation.reference ?? null, date: dpia.prior_consultation.date ?? null } : null,
  };
}
