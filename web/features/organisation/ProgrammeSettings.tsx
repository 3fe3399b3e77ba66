import { Alert, Button, Card, Group, NumberInput, SimpleGrid, TagsInput, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ProgrammeSettingsBody, ProgrammeView } from '../../../common/contracts/organisation';
import { api } from '../../lib/api';
import { useCan } from '../../lib/session';

/**
 * A programme's policy settings — when reviews fall due, how soon an emergency placement is
 * assessed, when after-care follow-ups happen. Administrators change them; others see them.
 */
export function ProgrammeSettings({ programme }: { programme: ProgrammeView }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const canManage = useCan('organisation.manage');
  const client = useQueryClient();
  const [form, setForm] = useState({
    reviewIntervalMonths: programme.reviewIntervalMonths,
    emergencyAssessmentDays: programme.emergencyAssessmentDays,
    aftercareFollowupMonths: programme.aftercareFollowupMonths.map(String),
  });
  const save = useMutation({
    mutationFn: (body: ProgrammeSettingsBody) =>
      api<ProgrammeView>('PUT', `/api/programmes/${programme.id}/settings`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['programme', programme.id] }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      version: programme.version,
      reviewIntervalMonths: form.reviewIntervalMonths,
      emergencyAssessmentDays: form.emergencyAssessmentDays,
      aftercareFollowupMonths: form.aftercareFollowupMonths
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0),
    });
  }

  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb="xs">
        {t('programmes.settings')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('programmes.settingsHint')}
      </Text>
      {save.isError && (
        <Alert color="red" role="alert" mb="sm">
          {save.error.message}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert color="teal" role="status" mb="sm">
          {t('users.saved')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label={t('programmes.reviewInterval')}
          min={1}
          max={24}
          readOnly={!canManage}
          value={form.reviewIntervalMonths}
          onChange={(v) => setForm({ ...form, reviewIntervalMonths: Number(v) || 1 })}
        />
        <NumberInput
          label={t('programmes.emergencyDays')}
          min={1}
          max={90}
          readOnly={!canManage}
          value={form.emergencyAssessmentDays}
          onChange={(v) => setForm({ ...form, emergencyAssessmentDays: Number(v) || 1 })}
        />
        <TagsInput
          label={t('programmes.aftercareMonths')}
          readOnly={!canManage}
          value={form.aftercareFollowupMonths}
          onChange={(v) =>
            setForm({ ...form, aftercareFollowupMonths: v.filter((x) => /^\d{1,3}$/.test(x)) })
          }
        />
      </SimpleGrid>
      {canManage && (
        <Group mt="sm">
          <Button type="submit" loading={save.isPending}>
            {t('users.save')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
