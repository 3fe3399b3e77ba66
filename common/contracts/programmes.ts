import { z } from 'zod';
import { PROGRAMME_TYPES } from '../organisation';
import { localizedTextSchema, recordId, versionSchema } from './common';

/** Day care, education courses and the kindergarten work in groups; family strengthening does not. */
export const GROUP_PROGRAMME_TYPES = ['day_care', 'education', 'kindergarten'] as const;
export const GROUP_STATUSES = ['active', 'closed'] as const;
export const ENROLMENT_STATUSES = ['waiting', 'enrolled', 'exited'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ABSENCE_REASONS = [
  'illness',
  'family_reason',
  'travel',
  'no_transport',
  'unknown',
  'other',
] as const;
/** How a child's time in a group or course ended. */
export const GROUP_OUTCOMES = ['completed', 'certificate', 'dropped_out', 'moved_away', 'other'] as const;
/** Why a child left early (required when the outcome is "dropped out"). */
export const EXIT_REASONS = [
  'family_reasons',
  'health',
  'moved',
  'lost_interest',
  'started_school',
  'transport',
  'work',
  'withdrawn',
  'other',
] as const;

const date = z.iso.date();
const name = z.string().trim().min(1).max(100);

export const groupListQuerySchema = z.object({
  programmeId: recordId('programme').optional(),
  status: z.enum(GROUP_STATUSES).optional(),
});

const groupFields = {
  name,
  capacity: z.number().int().min(1).max(500),
  startsOn: date.nullish(),
  endsOn: date.nullish(),
  absenceFollowUpDays: z.number().int().min(1).max(60).default(3),
  teacherId: recordId('worker').nullish(),
};

export const groupBodySchema = z.object({ programmeId: recordId('programme'), ...groupFields });
export type GroupBody = z.infer<typeof groupBodySchema>;

export const groupUpdateSchema = z.object({
  version: versionSchema,
  ...groupFields,
  status: z.enum(GROUP_STATUSES).default('active'),
});
export type GroupUpdate = z.infer<typeof groupUpdateSchema>;

export const groupSummarySchema = z.object({
  id: z.uuid(),
  programmeId: recordId('programme'),
  programmeName: localizedTextSchema,
  programmeType: z.enum(PROGRAMME_TYPES),
  locationName: localizedTextSchema.nullable(),
  name: z.string(),
  capacity: z.number().int(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  absenceFollowUpDays: z.number().int(),
  teacherId: recordId('worker').nullable(),
  teacherName: z.string().nullable(),
  status: z.enum(GROUP_STATUSES),
  enrolled: z.number().int(),
  waiting: z.number().int(),
  openFollowUps: z.number().int(),
  version: z.number().int(),
});
export type GroupSummary = z.infer<typeof groupSummarySchema>;

const childNameSchema = z.object({
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(['female', 'male']).nullable(),
});

export const enrolmentViewSchema = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  personId: recordId('person'),
  child: childNameSchema,
  status: z.enum(ENROLMENT_STATUSES),
  appliedOn: z.string(),
  enrolledOn: z.string().nullable(),
  exitedOn: z.string().nullable(),
  exitReason: z.string().nullable(),
  exitNote: z.string(),
  outcome: z.enum(GROUP_OUTCOMES).nullable(),
  workerId: recordId('worker').nullable(),
  workerName: z.string().nullable(),
  /** 1 for the child who gets the next free place; null unless waiting. */
  waitingPosition: z.number().int().nullable(),
  openFollowUp: z.boolean(),
  version: z.number().int(),
});
export type EnrolmentView = z.infer<typeof enrolmentViewSchema>;

export const sessionSummarySchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  topic: z.string(),
  present: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const groupDetailSchema = groupSummarySchema.extend({
  enrolments: z.array(enrolmentViewSchema),
  recentSessions: z.array(sessionSummarySchema),
});
export type GroupDetail = z.infer<typeof groupDetailSchema>;

export const newChildSchema = z.object({
  givenName: name,
  familyName: name,
  patronymic: z.string().trim().max(100).nullish(),
  sex: z.enum(['female', 'male']),
  birthDate: date,
});

export const enrolBodySchema = z
  .object({
    /** A child already on file… */
    personId: recordId('person').nullish(),
    /** …or a new child (a person record is created). */
    child: newChildSchema.nullish(),
    appliedOn: date,
    workerId: recordId('worker').nullish(),
  })
  .superRefine((value, ctx) => {
    if (!value.personId === !value.child) {
      ctx.addIssue({
        code: 'custom',
        path: ['personId'],
        message: 'give either personId or child',
        params: { reason: 'required' },
      });
    }
  });
export type EnrolBody = z.infer<typeof enrolBodySchema>;

export const enrolmentUpdateSchema = z.object({
  version: versionSchema,
  workerId: recordId('worker').nullable(),
});

export const exitBodySchema = z.object({
  version: versionSchema,
  exitedOn: date,
  outcome: z.enum(GROUP_OUTCOMES).nullish(),
  reason: z.enum(EXIT_REASONS).nullish(),
  note: z.string().trim().max(1000).default(''),
});
export type ExitBody = z.infer<typeof exitBodySchema>;

export const exitResultSchema = z.object({
  enrolment: enrolmentViewSchema,
  /** Children given the freed place from the waiting list, in order. */
  admitted: z.array(enrolmentViewSchema),
});

export const taskViewSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  dueOn: z.string(),
  status: z.enum(['open', 'done', 'cancelled']),
  assignedTo: z.uuid().nullable(),
  assignedToName: z.string().nullable(),
  createdAt: z.string(),
});

export const enrolmentDetailSchema = enrolmentViewSchema.extend({
  group: z.object({
    id: z.uuid(),
    name: z.string(),
    programmeId: recordId('programme'),
    programmeName: localizedTextSchema,
    absenceFollowUpDays: z.number().int(),
  }),
  attendance: z.array(
    z.object({
      heldOn: z.string(),
      status: z.enum(ATTENDANCE_STATUSES),
      absenceReason: z.enum(ABSENCE_REASONS).nullable(),
      note: z.string(),
    }),
  ),
  tasks: z.array(taskViewSchema),
});
export type EnrolmentDetail = z.infer<typeof enrolmentDetailSchema>;

export const registerQuerySchema = z.object({ date });

export const registerRowSchema = z.object({
  enrolmentId: recordId('enrolment'),
  personId: recordId('person'),
  child: childNameSchema,
  status: z.enum(ATTENDANCE_STATUSES).nullable(),
  absenceReason: z.enum(ABSENCE_REASONS).nullable(),
  note: z.string(),
  /** Null when nothing is recorded yet for this child on this date. */
  version: z.number().int().nullable(),
  /** Unexcused absences in a row at the sessions before this date. */
  absentBefore: z.number().int(),
  openFollowUp: z.boolean(),
});

export const registerSchema = z.object({
  groupId: z.uuid(),
  groupName: z.string(),
  programmeName: localizedTextSchema,
  date: z.string(),
  sessionId: z.uuid().nullable(),
  topic: z.string(),
  absenceFollowUpDays: z.number().int(),
  rows: z.array(registerRowSchema),
});
export type Register = z.infer<typeof registerSchema>;

export const registerBodySchema = z.object({
  date,
  topic: z.string().trim().max(300).default(''),
  rows: z
    .array(
      z
        .object({
          enrolmentId: recordId('enrolment'),
          status: z.enum(ATTENDANCE_STATUSES),
          absenceReason: z.enum(ABSENCE_REASONS).nullish(),
          note: z.string().trim().max(500).default(''),
          /** The version read, or null for a child not yet recorded on this date. */
          version: versionSchema.nullish(),
        })
        .superRefine((row, ctx) => {
          if (row.status === 'present' && row.absenceReason) {
            ctx.addIssue({
              code: 'custom',
              path: ['absenceReason'],
              message: 'only for an absence',
              params: { reason: 'invalid' },
            });
          }
        }),
    )
    .min(1)
    .max(500),
});
export type RegisterBody = z.infer<typeof registerBodySchema>;

export const registerResultSchema = z.object({
  register: registerSchema,
  /** Absence follow-ups this save raised (one per child at most while one is open). */
  followUps: z.array(
    z.object({
      enrolmentId: recordId('enrolment'),
      childName: z.string(),
      workerName: z.string().nullable(),
    }),
  ),
});

export const groupStaffSchema = z.object({
  teachers: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  workers: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
});

export const taskDoneResultSchema = z.object({ id: z.uuid(), status: z.literal('done') });
