import { z } from 'zod';
import {
  admitBodySchema,
  consentBodySchema,
  consentWithdrawSchema,
  enrolBodySchema,
  exitBodySchema,
} from '../../../common/contracts/strengthening';

/**
 * The forms of consent, enrolment and exit, built from the contracts' schemas. Some parts of a
 * form apply only sometimes (the consent when none is in force, the separation when a child was
 * separated): such a part is held as typed but unchecked, checked by `checkPart` when it applies,
 * and sent only then.
 */

/** A part held as `schema`'s input and left unchecked (a refinement checks it when it applies). */
const heldAs = <S extends z.ZodType>(_schema: S) => z.custom<z.input<S>>(() => true);

/** Checks `value` with `schema` as part `path` of the form: its messages land on the fields there. */
function checkPart(ctx: z.RefinementCtx, schema: z.ZodType, value: unknown, path: string) {
  const result = schema.safeParse(value);
  for (const issue of result.error?.issues ?? [])
    ctx.addIssue({ ...issue, path: [path, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
}

/** Who gave consent, when, and what it lets be shared: a consent's body without its programme. */
export const consentFieldsSchema = consentBodySchema.omit({ programmeId: true });
export type ConsentFieldsInput = z.input<typeof consentFieldsSchema>;

/**
 * Enrolment after the assessment; without a consent in force for the chosen programme
 * (`consentInForce`), the consent is asked for, checked and recorded first.
 */
export function enrolFormSchema(consentInForce: (programmeId: string) => boolean) {
  return enrolBodySchema
    .extend({ consent: heldAs(consentFieldsSchema) })
    .superRefine((v, ctx) => {
      if (!consentInForce(v.programmeId)) checkPart(ctx, consentFieldsSchema, v.consent, 'consent');
    })
    .transform(({ consent, ...enrol }) => ({
      enrol,
      consent: consentInForce(enrol.programmeId) ? null : consentFieldsSchema.parse(consent),
    }));
}

/** Admission from the waiting list (the enrolment's version is added when sent). */
export const admitFormSchema = admitBodySchema.omit({ version: true });

/** A consent's withdrawal (its version is added when sent). */
export const withdrawFormSchema = consentWithdrawSchema.omit({ version: true });

const separationSchema = exitBodySchema.shape.separation.unwrap().unwrap();
const reasonSchema = exitBodySchema.shape.reason.unwrap().unwrap();

/**
 * The family leaves the programme (the enrolment's version is added when sent). The reason goes
 * only with "exited for another reason" — left empty, the server's rule says it is needed — and
 * the separated children and why only with "child separated".
 */
export const exitFormSchema = exitBodySchema
  .omit({ version: true })
  .extend({
    reason: reasonSchema.or(z.literal('')),
    separation: heldAs(separationSchema),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'child_separated') checkPart(ctx, separationSchema, v.separation, 'separation');
  })
  .transform((v) => ({
    ...v,
    reason: v.outcome === 'exited_other' && v.reason ? v.reason : null,
    separation: v.outcome === 'child_separated' ? separationSchema.parse(v.separation) : null,
  }));
export type ExitFormInput = z.input<typeof exitFormSchema>;
