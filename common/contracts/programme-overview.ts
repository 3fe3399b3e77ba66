import { z } from 'zod';

/** Who a line of the overview is about, and where their record is. */
const personLine = z.object({
  name: z.string(),
  group: z.string().nullable(),
  on: z.string().nullable(),
  reason: z.string().nullable(),
  link: z.object({ kind: z.enum(['case', 'enrolment', 'household']), id: z.uuid() }),
});

export const overviewQuerySchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
});

export const programmeOverviewSchema = z.object({
  programmeId: z.uuid(),
  month: z.string(),
  /** How the programme counts people: children in groups, households, or children placed. */
  kind: z.enum(['groups', 'households', 'placements']),
  /** Names only for roles that work with these records; others see the counts. */
  names: z.boolean(),
  enrolledNow: z.object({ count: z.number().int(), people: z.array(personLine) }),
  joined: z.object({ count: z.number().int(), people: z.array(personLine) }),
  left: z.object({
    count: z.number().int(),
    reasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
    people: z.array(personLine),
  }),
  attendance: z
    .object({
      present: z.number().int(),
      absent: z.number().int(),
      excused: z.number().int(),
      rate: z.number().nullable(),
      groups: z.array(
        z.object({
          groupId: z.uuid(),
          name: z.string(),
          present: z.number().int(),
          absent: z.number().int(),
          excused: z.number().int(),
          rate: z.number().nullable(),
        }),
      ),
    })
    .nullable(),
  overdueReviews: z.object({ count: z.number().int(), people: z.array(personLine) }).nullable(),
  /** Family strengthening: children of the families supported, and how many went into care. */
  keptWithFamilies: z
    .object({ children: z.number().int(), stayed: z.number().int(), separated: z.number().int() })
    .nullable(),
});
export type ProgrammeOverview = z.infer<typeof programmeOverviewSchema>;
export type OverviewLine = z.infer<typeof personLine>;
