import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { DuplicateCandidate } from '../../../common/contracts/search';
import { type FieldIssue, fieldMessageKey, fieldProblem } from '../../../common/field-problems';
import { HOUSEHOLD_RELATIONSHIPS } from '../../../common/strengthening';
import { DateField } from '../../components/fields/DateField';
import { ApiError, api } from '../../lib/api';
import { useFormat, useLocalized } from '../../lib/format';
import type { MemberInput } from './api';
import { useFsOptions } from './shared';

export type MemberForm = {
  relationship: MemberInput['relationship'];
  givenName: string;
  familyName: string;
  patronymic: string;
  sex: '' | 'female' | 'male';
  birthDate: string;
  existingPersonId: string | null;
  confirmNewReason: string;
};

export const emptyMember = (
  relationship: MemberForm['relationship'] = 'child',
  familyName = '',
): MemberForm => ({
  relationship,
  givenName: '',
  familyName,
  patronymic: '',
  sex: '',
  birthDate: '',
  existingPersonId: null,
  confirmNewReason: '',
});

/** The member as the API wants it (empty strings left out). */
export function memberBody(m: MemberForm): MemberInput {
  return {
    relationship: m.relationship,
    givenName: m.givenName,
    familyName: m.familyName,
    patronymic: m.patronymic.trim() || null,
    sex: (m.sex || undefined) as MemberInput['sex'],
    birthDate: m.birthDate || null,
    existingPersonId: m.existingPersonId,
    confirmNewReason: m.existingPersonId ? null : m.confirmNewReason.trim() || null,
  };
}

/**
 * Field messages keyed by the path of the field (`members.1.birthDate`), from the same zod schema
 * the server validates with, or from the server's answer.
 */
export function pathErrors(
  intl: IntlShape,
  result: z.ZodSafeParseResult<unknown>,
  label: (field: string) => string,
) {
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (errors[path]) continue;
    // The same plain words as every other form (web/lib/form.ts, common/field-problems.ts).
    const problem = fieldProblem(issue as unknown as FieldIssue);
    const id = fieldMessageKey(problem.code, path, (key) => intl.messages[key] !== undefined);
    errors[path] = intl.formatMessage(
      { id },
      { field: label(String(issue.path.at(-1) ?? '')), ...problem.values },
    );
  }
  return errors;
}

export function serverPathErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields =
    (error.details as { fields?: { field: string; message: string }[] } | undefined)?.fields ?? [];
  return Object.fromEntries(fields.map((f) => [f.field.replace(/^body\./, ''), f.message]));
}

/** The errors under a prefix (`members.1.`), keyed by the rest of the path. */
export function under(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

export function useMemberLabel() {
  const intl = useIntl();
  return (field: string) => intl.formatMessage({ id: `strengthening.member.${field}` });
}

/** As the worker types, whether this person may already be on file. */
function useDuplicates(m: MemberForm, parentNames: string[]) {
  const probe = {
    givenName: m.givenName.trim(),
    familyName: m.familyName.trim(),
    patronymic: m.patronymic.trim() || null,
    birthDate: /^\d{4}-\d{2}-\d{2}$/.test(m.birthDate) ? m.birthDate : null,
    nationalId: null,
    parentNames: m.relationship === 'child' ? parentNames.filter(Boolean).slice(0, 4) : [],
  };
  return useQuery({
    queryKey: ['duplicate-check', probe],
    queryFn: () => api<{ candidates: DuplicateCandidate[] }>('POST', '/api/people/duplicate-check', probe),
    enabled: probe.givenName.length >= 2 && probe.familyName.length >= 2,
    staleTime: 30_000,
  });
}

/** One member of the household: who they are to the family, name, sex, date of birth; linked if already on file. */
export function MemberFields({
  legend,
  value,
  errors,
  parentNames,
  onChange,
  children,
}: {
  legend: string;
  value: MemberForm;
  errors: Record<string, string>;
  parentNames: string[];
  onChange(value: MemberForm): void;
  children?: ReactNode;
}) {
  const label = useMemberLabel();
  const intl = useIntl();
  const options = useFsOptions();
  const set = (patch: Partial<MemberForm>) => onChange({ ...value, ...patch });
  const duplicates = useDuplicates(value, parentNames);
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={label('relationship')}
            value={value.relationship}
            onChange={(e) => set({ relationship: e.currentTarget.value as MemberForm['relationship'] })}
            data={options('relationship', HOUSEHOLD_RELATIONSHIPS)}
          />
          <TextInput
            label={label('givenName')}
            required
            value={value.givenName}
            error={errors.givenName}
            onChange={(e) => set({ givenName: e.currentTarget.value, existingPersonId: null })}
          />
          <TextInput
            label={label('familyName')}
            required
            value={value.familyName}
            error={errors.familyName}
            onChange={(e) => set({ familyName: e.currentTarget.value, existingPersonId: null })}
          />
          <TextInput
            label={label('patronymic')}
            value={value.patronymic}
            error={errors.patronymic}
            onChange={(e) => set({ patronymic: e.currentTarget.value })}
          />
          <NativeSelect
            label={label('sex')}
            required
            value={value.sex}
            error={errors.sex}
            onChange={(e) => set({ sex: e.currentTarget.value as MemberForm['sex'] })}
            data={[
              { value: '', label: intl.formatMessage({ id: 'strengthening.choose' }) },
              { value: 'female', label: label('female') },
              { value: 'male', label: label('male') },
            ]}
          />
          <DateField
            w="100%"
            label={label('birthDate')}
            required={value.relationship === 'child'}
            value={value.birthDate}
            error={errors.birthDate}
            onChange={(birthDate) => set({ birthDate })}
          />
        </SimpleGrid>
        <DuplicateWarning
          candidates={duplicates.data?.candidates ?? []}
          value={value}
          onChange={onChange}
          reasonError={errors.confirmNewReason}
        />
        {children}
      </Stack>
    </Fieldset>
  );
}

/**
 * Likely existing records of the person: one the worker may see can be chosen ("the same
 * person"), one they may not is only named by whom to ask; a new person anyway needs a reason.
 */
function DuplicateWarning({
  candidates,
  value,
  onChange,
  reasonError,
}: {
  candidates: DuplicateCandidate[];
  value: MemberForm;
  onChange(value: MemberForm): void;
  reasonError?: string;
}) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  if (!candidates.length) return null;
  const linked = candidates.find((c) => c.visible && c.personId === value.existingPersonId);
  return (
    <Alert color="orange" title={t('strengthening.dup.title', { count: candidates.length })} role="alert">
      <Stack gap="xs">
        <List spacing="xs">
          {candidates.map((c, i) =>
            c.visible ? (
              <List.Item key={c.personId}>
                <Group gap="xs" wrap="wrap">
                  <Text span fw={600}>
                    {c.familyName} {c.givenName} {c.patronymic ?? ''}
                  </Text>
                  {c.birthDate && <Text span>{format.date(c.birthDate)}</Text>}
                  {c.caseId && (
                    <Anchor component={Link} to={`/cases/${c.caseId}`} target="_blank">
                      {c.caseNumber}
                    </Anchor>
                  )}
                  <Text span size="sm" c="dimmed">
                    {c.reasons.map((r) => t(`cases.dup.reason.${r}`)).join(', ')}
                  </Text>
                  {linked?.visible && linked.personId === c.personId ? (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onChange({ ...value, existingPersonId: null })}
                    >
                      {t('strengthening.dup.unlink')}
                    </Button>
                  ) : (
                    <Button
                      size="xs"
                      onClick={() =>
                        onChange({
                          ...value,
                          existingPersonId: c.personId,
                          confirmNewReason: '',
                          birthDate: value.birthDate || c.birthDate || '',
                        })
                      }
                    >
                      {t('strengthening.dup.same')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: hidden records have no id to show
              <List.Item key={`hidden-${i}`}>
                {t('cases.dup.hidden', {
                  location: localized(c.askLocation) || '—',
                  worker: c.askWorker ?? '—',
                })}
              </List.Item>
            ),
          )}
        </List>
        {linked ? (
          <Text size="sm" fw={500}>
            {t('strengthening.dup.linked')}
          </Text>
        ) : (
          <Textarea
            label={t('strengthening.dup.reasonLabel')}
            description={t('strengthening.dup.reasonHint')}
            required
            autosize
            minRows={2}
            value={value.confirmNewReason}
            error={reasonError}
            onChange={(e) => onChange({ ...value, confirmNewReason: e.currentTarget.value })}
          />
        )}
      </Stack>
    </Alert>
  );
}
