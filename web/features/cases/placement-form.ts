import { z } from 'zod';
import {
  correctPlacementBodySchema,
  type PlacementView,
  startPlacementBodySchema,
} from '../../../common/contracts/cases';
import { ApiError } from '../../lib/api';
import { isoToday } from '../../lib/dates';
import { orNull } from './form-bindings';

/** The rules a written justification can answer, and the field that carries it. */
export const JUSTIFY = {
  house_full: 'capacityOverrideReason',
  siblings_apart: 'siblingsApartReason',
  under_three: 'underThreeReason',
} as const;
export type Justified = keyof typeof JUSTIFY;

/** The rules the server said need a justification (one rule, or a list of breaches). */
export function breachedRules(error: unknown): Justified[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  const details = error.details as { rule?: string; breaches?: { rule: string }[] } | undefined;
  const rules = [details?.rule, ...(details?.breaches ?? []).map((b) => b.rule)];
  return rules.filter((r): r is Justified => Boolean(r && r in JUSTIFY));
}

/** The justifications an entry being corrected already carries. */
export function justifiedIn(c?: PlacementView): Justified[] {
  return (Object.keys(JUSTIFY) as Justified[]).filter((rule) => Boolean(c?.[JUSTIFY[rule]]));
}

export function placementValues(programmeId: string | null, c?: PlacementView) {
  return {
    settingType: (c?.settingType ?? 'sos_family') as string,
    programmeId: c ? (c.programmeId ?? '') : (programmeId ?? ''),
    houseId: c?.houseId ?? '',
    placeDescription: c?.placeDescription ?? '',
    orderedBy: (c?.orderedBy ?? 'administrative') as string,
    orderReference: c?.orderReference ?? '',
    emergency: c?.emergency ?? false,
    startDate: c?.startDate ?? isoToday(),
    capacityOverrideReason: c?.capacityOverrideReason ?? '',
    siblingsApartReason: c?.siblingsApartReason ?? '',
    underThreeReason: c?.underThreeReason ?? '',
    correctionReason: '',
    endDate: c?.endDate ?? '',
    endReason: (c?.endReason ?? '') as string,
  };
}
export type PlacementForm = ReturnType<typeof placementValues>;

/** The placement as the API takes it: empty texts absent, a house only in an SOS family. */
function startBody({ correctionReason, endDate, endReason, ...form }: PlacementForm) {
  return {
    ...form,
    programmeId: form.programmeId || null,
    houseId: form.settingType === 'sos_family' ? form.houseId || null : null,
    placeDescription: orNull(form.placeDescription),
    orderReference: orNull(form.orderReference),
    capacityOverrideReason: orNull(form.capacityOverrideReason),
    siblingsApartReason: orNull(form.siblingsApartReason),
    underThreeReason: orNull(form.underThreeReason),
  };
}

/** A correction adds the version read, its reason, and how the placement ended if it did. */
function correctionBody(version: number) {
  return (form: PlacementForm) => ({
    ...startBody(form),
    version,
    correctionReason: form.correctionReason,
    endDate: orNull(form.endDate),
    endReason: form.endDate ? form.endReason || null : null,
  });
}

type PlacementBody = z.output<typeof correctPlacementBodySchema> | z.output<typeof startPlacementBodySchema>;

/** The placement as typed, checked as the API will take it: a new one, or a correction of `c`. */
export function placementSchema(c?: PlacementView): z.ZodType<PlacementBody, PlacementForm> {
  return c
    ? z.preprocess(correctionBody(c.version), correctPlacementBodySchema)
    : z.preprocess(startBody, startPlacementBodySchema);
}
