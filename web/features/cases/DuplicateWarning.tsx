import { Alert, Anchor, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../common/contracts/search';
import { api } from '../../lib/api';
import { useFormat, useLocalized } from '../../lib/format';
import type { ChildForm } from './ChildFields';

/** Asks the server, as the worker types, whether this child may already be on file. */
export function useDuplicateCheck(child: ChildForm, parentNames: string[]) {
  const probe = {
    givenName: child.givenName.trim(),
    familyName: child.familyName.trim(),
    patronymic: child.patronymic?.trim() || null,
    birthDate: child.birthDate || null,
    nationalId: child.nationalId?.trim() || null,
    parentNames: parentNames.filter(Boolean).slice(0, 4),
  };
  return useQuery({
    queryKey: ['duplicate-check', probe],
    queryFn: () => api<{ candidates: DuplicateCandidate[] }>('POST', '/api/people/duplicate-check', probe),
    enabled:
      probe.givenName.length >= 2 &&
      probe.familyName.length >= 2 &&
      /^\d{4}-\d{2}-\d{2}$/.test(probe.birthDate ?? ''),
    staleTime: 30_000,
  });
}

/**
 * Likely existing records of the child being registered. A record the worker may see can be
 * chosen ("the same child"); one they may not see is only named by whom to ask. Registering a
 * new child anyway needs a reason.
 */
export function DuplicateWarning({
  candidates,
  value,
  onChange,
  reasonError,
}: {
  candidates: DuplicateCandidate[];
  value: ChildForm;
  onChange(value: ChildForm): void;
  reasonError?: string;
}) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  if (!candidates.length) return null;
  const linked = candidates.find((c) => c.visible && c.personId === value.existingPersonId);
  return (
    <Alert color="orange" mt="sm" title={t('cases.dup.title', { count: candidates.length })} role="alert">
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
                      {t('cases.dup.unlink')}
                    </Button>
                  ) : (
                    <Button
                      size="xs"
                      onClick={() =>
                        onChange({ ...value, existingPersonId: c.personId, confirmNewReason: null })
                      }
                    >
                      {t('cases.dup.same')}
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
            {t('cases.dup.linked')}
          </Text>
        ) : (
          <Textarea
            label={t('cases.dup.reasonLabel')}
            description={t('cases.dup.reasonHint')}
            required
            autosize
            minRows={2}
            value={value.confirmNewReason ?? ''}
            error={reasonError}
            onChange={(e) => onChange({ ...value, confirmNewReason: e.currentTarget.value })}
          />
        )}
      </Stack>
    </Alert>
  );
}

/** The duplicate warning of one child of the referral form, checked as its details are filled in. */
export function ChildDuplicateCheck({
  child,
  parentNames,
  onChange,
  reasonError,
}: {
  child: ChildForm;
  parentNames: string[];
  onChange(value: ChildForm): void;
  reasonError?: string;
}) {
  const check = useDuplicateCheck(child, parentNames);
  return (
    <DuplicateWarning
      candidates={check.data?.candidates ?? []}
      value={child}
      onChange={onChange}
      reasonError={reasonError}
    />
  );
}
