import { z } from 'zod';
import type { GatekeepingView } from '../../../common/contracts/cases';
import {
  correctPlacementBodySchema,
  type PlacementView,
  placeChildBodySchema,
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

/** The setting each gatekeeping decision places a child in (the other decisions place no one). */
const DECIDED_SETTING: Partial<Record<NonNullable<GatekeepingView['decision']>, string>> = {
  kinship: 'kinship_formal',
  foster: 'foster',
  sos_family: 'sos_family',
  short_term_care: 'short_term',
  youth_house: 'supervised_independent_living',
};
/** The setting a programme of each type gives care in. */
const PROGRAMME_SETTING: Record<string, string> = {
  family_based_care: 'sos_family',
  short_term_care: 'short_term',
  youth_house: 'supervised_independent_living',
};

/**
 * Where a new placement starts: the setting of the latest approved gatekeeping decision, else the
 * one the case's programme gives care in, else an SOS family.
 */
export function defaultSetting(gatekeeping: GatekeepingView[], programmeType: string | null): string {
  const decision = gatekeeping.find((g) => g.status === 'approved')?.decision;
  return (
    (decision && DECIDED_SETTING[decision]) ||
    (programmeType && PROGRAMME_SETTING[programmeType]) ||
    'sos_family'
  );
}

export function placementValues(
  start: { programmeId: string | null; settingType: string },
  c?: PlacementView,
) {
  return {
    settingType: (c?.settingType ?? start.settingType) as string,
    programmeId: c ? (c.programmeId ?? '') : (start.programmeId ?? ''),
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
    /** Brothers and sisters placed with the child (a new placement only). */
    siblingCaseIds: [] as string[],
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
  // A correction is of this child's entry only: no sibling is placed by it.
  return (form: PlacementForm) => ({
    ...startBody({ ...form, siblingCaseIds: [] }),
    version,
    correctionReason: form.correctionReason,
    endDate: orNull(form.endDate),
    endReason: form.endDate ? form.endReason || null : null,
  });
}

type PlacementBody = z.output<typeof correctPlacementBodySchema> | z.output<typeof placeChildBodySchema>;

/** The placement as typed, checked as the API will take it: a new one, or a correction of `c`. */
export function placementSchema(c?: PlacementView): z.ZodType<PlacementBody, PlacementForm> {
  return c
    ? z.preprocess(correctionBody(c.version), correctPlacementBodySchema)
    : z.preprocess(startBody, placeChildBodySchema);
}
