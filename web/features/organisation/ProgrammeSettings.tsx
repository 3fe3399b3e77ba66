import { Alert, Button, Card, Group, NumberInput, SimpleGrid, TagsInput, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import {
  type ProgrammeSettingsBody,
  type ProgrammeView,
  programmeSettingsBodySchema,
} from '../../../common/contracts/organisation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { useSchemaForm } from '../../lib/form';
import { useCan } from '../../lib/session';

/**
 * The settings as the form holds them: the follow-up months are tags (text). The version is
 * not a field: it is the programme's as last read, so a second save after the first still fits.
 */
const settingsFormSchema = programmeSettingsBodySchema.omit({ version: true }).extend({
  aftercareFollowupMonths: z
    .array(z.string())
    .transform((tags) => tags.map(Number))
    .pipe(programmeSettingsBodySchema.shape.aftercareFollowupMonths),
});

const isMonths = (tag: string) => /^\d{1,3}$/.test(tag);

/**
 * A programme's policy settings — when reviews fall due, how soon an emergency placement is
 * assessed, when after-care follow-ups happen. Administrators change them; others see them.
 */
export function ProgrammeSettings({ programme }: { programme: ProgrammeView }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const canManage = useCan('organisation.manage');
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (body: ProgrammeSettingsBody) =>
      api<ProgrammeView>('PUT', `/api/programmes/${programme.id}/settings`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['programme', programme.id] }),
  });
  const labels = {
    reviewIntervalMonths: t('programmes.reviewInterval'),
    emergencyAssessmentDays: t('programmes.emergencyDays'),
    aftercareFollowupMonths: t('programmes.aftercareMonths'),
  };
  const form = useSchemaForm(settingsFormSchema, {
    initialValues: {
      reviewIntervalMonths: programme.reviewIntervalMonths,
      emergencyAssessmentDays: programme.emergencyAssessmentDays,
      aftercareFollowupMonths: programme.aftercareFollowupMonths.map(String),
    },
    labels,
  });
  const months = form.getInputProps('aftercareFollowupMonths');

  return (
    <Card
      withBorder
      component="form"
      onSubmit={form.submitWith((body) => save.mutateAsync({ ...body, version: programme.version }))}
    >
      <Title order={2} size="h4" mb="xs">
        {t('programmes.settings')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('programmes.settingsHint')}
      </Text>
      <ErrorAlert error={save.error} reloadKey={null} />
      {save.isSuccess && (
        <Alert color="teal" role="status" mb="sm">
          {t('users.saved')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label={labels.reviewIntervalMonths}
          min={1}
          max={24}
          readOnly={!canManage}
          {...form.getInputProps('reviewIntervalMonths')}
        />
        <NumberInput
          label={labels.emergencyAssessmentDays}
          min={1}
          max={90}
          readOnly={!canManage}
          {...form.getInputProps('emergencyAssessmentDays')}
        />
        <TagsInput
          label={labels.aftercareFollowupMonths}
          readOnly={!canManage}
          {...months}
          // Only whole months are kept as tags: typing anything else leaves no tag.
          onChange={(tags) => months.onChange(tags.filter(isMonths))}
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
