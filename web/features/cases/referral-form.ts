import { z } from 'zod';
import { referralBodySchema } from '../../../common/contracts/cases';
import { isoToday } from '../../lib/dates';
import { type ChildForm, childBody, EMPTY_CHILD, type useChildLabels } from './ChildFields';
import { type MemberForm, memberBody, type useMemberLabels } from './FamilyMemberFields';
import { orNull } from './form-bindings';

export type ReferralForm = Omit<z.input<typeof referralBodySchema>, 'children' | 'family'> & {
  children: ChildForm[];
  family: MemberForm[];
};

export const EMPTY_REFERRAL: () => ReferralForm = () => ({
  receivedOn: isoToday(),
  source: 'guardianship_body',
  sourceDetail: '',
  reasons: [],
  description: '',
  locationId: '',
  programmeId: '',
  children: [{ ...EMPTY_CHILD }],
  family: [],
});

/** The referral as the API takes it: empty optional texts absent, a linked child needs no reason. */
function referralBody(form: ReferralForm): ReferralForm {
  return {
    ...form,
    sourceDetail: orNull(form.sourceDetail),
    programmeId: form.programmeId || null,
    children: form.children.map((c) => ({
      ...childBody(c),
      confirmNewReason: c.existingPersonId ? null : orNull(c.confirmNewReason),
    })),
    family: form.family.map(memberBody),
  };
}

/** The referral as typed, checked as the API will take it. */
export const referralFormSchema = z.preprocess(referralBody, referralBodySchema);

/** A field's label by its path: a child's and a family member's fields are named as in their rows. */
export function referralLabels(
  labels: Record<string, string>,
  child: ReturnType<typeof useChildLabels>,
  member: ReturnType<typeof useMemberLabels>,
) {
  return (path: string): string => {
    const [list, , field = ''] = path.split('.');
    const row: Record<string, string> | undefined =
      list === 'children' ? child : list === 'family' ? member : undefined;
    return (row ? row[field] : (labels[path] ?? labels[list ?? ''])) ?? path;
  };
}

/** How many fields are refused: each message once, not again on its list (`children`). */
export function refusedCount(errors: Record<string, unknown>): number {
  return Object.keys(errors).filter((k) => k !== 'children' && k !== 'family').length;
}

/** A sibling starts with the first child's family name and patronymic. */
export function newSibling(first: ChildForm | undefined): ChildForm {
  return { ...EMPTY_CHILD, familyName: first?.familyName ?? '', patronymic: first?.patronymic ?? '' };
}

/** The mother's and father's names, which help the server find the child already on file. */
export function parentNames(family: MemberForm[]): string[] {
  return family
    .filter((m) => m.relationship === 'mother' || m.relationship === 'father')
    .map((m) => `${m.givenName} ${m.familyName}`.trim());
}
