import { z } from 'zod';
import { recordId } from './common';

/** Who a line of the overview is about, and where their record is. */
const personLine = z.object({
  name: z.string(),
  group: z.string().nullable(),
  on: z.string().nullable(),
  reason: z.string().nullable(),
  link: z.object({ kind: z.enum(['case', 'enrolment', 'household']), id: z.uuid() }),
});

/** A count: null is "<5" (0 to 4) for a reader of aggregates only. */
const count = z.number().int().nullable();

export const overviewQuerySchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
});

export const programmeOverviewSchema = z.object({
  programmeId: recordId('programme'),
  month: z.string(),
  /** How the programme counts people: children in groups, households, or children placed. */
  kind: z.enum(['groups', 'households', 'placements']),
  /** Names only for roles that work with these records; others see the counts. */
  names: z.boolean(),
  /**
   * What a count means (decision 0019): 1 — exact; 5 (the analyst) — rounded down to a multiple
   * of 5, with null ("<5") for 0 to 4 and reasons under 5 left out.
   */
  rounding: z.number().int().min(1),
  enrolledNow: z.object({ count: count, people: z.array(personLine) }),
  joined: z.object({ count: count, people: z.array(personLine) }),
  left: z.object({
    count: count,
    reasons: z.array(z.object({ reason: z.string(), count: count })),
    people: z.array(personLine),
  }),
  attendance: z
    .object({
      present: count,
      absent: count,
      excused: count,
      rate: z.number().nullable(),
      groups: z.array(
        z.object({
          groupId: z.uuid(),
          name: z.string(),
          present: count,
          absent: count,
          excused: count,
          rate: z.number().nullable(),
        }),
      ),
    })
    .nullable(),
  overdueReviews: z.object({ count: count, people: z.array(personLine) }).nullable(),
  /** Family strengthening: children of the families supported, and how many went into care. */
  keptWithFamilies: z.object({ children: count, stayed: count, separated: count }).nullable(),
});
export type ProgrammeOverview = z.infer<typeof programmeOverviewSchema>;
export type OverviewLine = z.infer<typeof personLine>;
