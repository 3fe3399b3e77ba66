import { Alert, Anchor, Badge, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { FamilySuggestions } from '../../../common/contracts/cases';
import { api } from '../../lib/api';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat, useLocalized } from '../../lib/format';
import type { MemberForm } from './FamilyMemberFields';

/** A person on file the worker may choose: what the form needs to link them. */
export interface OnFilePerson {
  personId: string;
  givenName: string;
  familyName: string;
  patronymic: string | null;
  birthDate: string | null;
}

/** The people on file the worker may mean, asked again (debounced) as the member's name is typed. */
export function useFamilySuggestions(caseId: string, member: MemberForm) {
  const typed = {
    givenName: member.givenName.trim() || null,
    familyName: member.familyName.trim() || null,
    patronymic: member.patronymic?.trim() || null,
    birthDate: /^\d{4}-\d{2}-\d{2}$/.test(member.birthDate ?? '') ? member.birthDate : null,
  };
  const [probe] = useDebouncedValue(typed, 300);
  return useQuery({
    queryKey: ['family-suggestions', caseId, probe],
    queryFn: () => api<FamilySuggestions>('POST', `/api/cases/${caseId}/family/suggestions`, probe),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** How many of the suggestions are likely the person typed: a new person then needs a reason. */
export function likelyCount(found: FamilySuggestions | undefined): number {
  if (!found) return 0;
  return found.siblingFamily.filter((r) => r.likely).length + found.duplicates.length;
}

const fullName = (p: { familyName: string; givenName: string; patronymic: string | null }) =>
  [p.familyName, p.givenName, p.patronymic].filter(Boolean).join(' ');

function PersonLine({ person, children }: { person: OnFilePerson; children?: ReactNode }) {
  const format = useFormat();
  return (
    <Group gap="xs" wrap="wrap">
      <Text span fw={600}>
        {fullName(person)}
      </Text>
      {person.birthDate && <Text span>{format.date(person.birthDate)}</Text>}
      {children}
    </Group>
  );
}

/**
 * Offered before anything is typed: the relatives of the child's brothers and sisters, each
 * with a button that links that person (the ones matching the name typed come first, marked).
 */
export function SiblingFamilyOffer({
  found,
  onChoose,
}: {
  found: FamilySuggestions | undefined;
  onChoose(person: OnFilePerson): void;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const relatives = found?.siblingFamily ?? [];
  if (!relatives.length) return null;
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  return (
    <Alert
      color={relatives.some((r) => r.likely) ? 'orange' : 'blue'}
      title={t('cases.family.onFile.title')}
      role={relatives.some((r) => r.likely) ? 'alert' : undefined}
    >
      <Text size="sm" mb="xs">
        {t('cases.family.onFile.hint')}
      </Text>
      <List spacing="xs">
        {relatives.map((r) => (
          <List.Item key={r.personId}>
            <PersonLine person={r}>
              {r.likely && (
                <Badge color="orange" variant="light">
                  {t('cases.family.onFile.matches')}
                </Badge>
              )}
              <Button size="xs" onClick={() => onChoose(r)}>
                {t('cases.family.onFile.choose', { name: fullName(r) })}
              </Button>
            </PersonLine>
            <Text size="sm" c="dimmed">
              {t('cases.family.onFile.relativeOf', {
                name: r.siblingName,
                caseNumber: r.siblingCaseNumber,
                relationship: label('relationship', r.relationship),
              })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * Likely existing records of the person typed, found as at registration (in any script, by
 * birth date): one may be chosen; a record the worker may not open only says whom to ask.
 * While any likely record is shown, a new person needs the reason asked for below.
 */
export function LikelyOnFile({
  found,
  inFamily,
  onChoose,
  reason,
}: {
  found: FamilySuggestions | undefined;
  /** Persons already in the child's family: shown as such, not offered. */
  inFamily: Set<string>;
  onChoose(person: OnFilePerson): void;
  reason: { value?: string | null; error?: ReactNode; onChange(value: string): void };
}) {
  const intl = useIntl();
  const localized = useLocalized();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const count = likelyCount(found);
  if (!count) return null;
  return (
    <Alert color="orange" title={t('cases.family.dup.title', { count })} role="alert">
      <Stack gap="xs">
        <List spacing="xs" hidden={!found?.duplicates.length}>
          {(found?.duplicates ?? []).map((c, i) =>
            c.visible ? (
              <List.Item key={c.personId}>
                <PersonLine person={c}>
                  {c.caseId && (
                    <Anchor component={Link} to={`/cases/${c.caseId}`} target="_blank">
                      {c.caseNumber}
                    </Anchor>
                  )}
                  <Text span size="sm" c="dimmed">
                    {c.reasons.map((r) => t(`cases.dup.reason.${r}`)).join(', ')}
                  </Text>
                  {inFamily.has(c.personId) ? (
                    <Text span size="sm" fw={500}>
                      {t('cases.family.dup.inFamily')}
                    </Text>
                  ) : (
                    <Button size="xs" onClick={() => onChoose(c)}>
                      {t('cases.family.onFile.choose', { name: fullName(c) })}
                    </Button>
                  )}
                </PersonLine>
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
        <Textarea
          label={t('cases.family.dup.reasonLabel')}
          description={t('cases.dup.reasonHint')}
          required
          autosize
          minRows={2}
          value={reason.value ?? ''}
          error={reason.error}
          onChange={(e) => reason.onChange(e.currentTarget.value)}
        />
      </Stack>
    </Alert>
  );
}

/** The person chosen, to be linked instead of typed: with a way back to typing a new one. */
export function LinkedPerson({ person, onUndo }: { person: OnFilePerson; onUndo(): void }) {
  const intl = useIntl();
  return (
    <Alert color="teal" role="status">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" fw={500}>
          {intl.formatMessage({ id: 'cases.family.onFile.linking' }, { name: fullName(person) })}
        </Text>
        <Button size="xs" variant="default" onClick={onUndo}>
          {intl.formatMessage({ id: 'cases.family.onFile.newPerson' })}
        </Button>
      </Group>
    </Alert>
  );
}
