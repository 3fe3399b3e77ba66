import { Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { isoDateSchema } from '../../../common/contracts/common';
import type { LeavingCarePlanView } from '../../../common/contracts/leaving-care';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useLeftCare } from './api';

/** The day they left, and whether it was as planned: a yes/no choice that starts with neither. */
const leftCareFormSchema = z.preprocess(
  (form: { leftOn: string; planned: string }) => form,
  z.object({ leftOn: isoDateSchema, planned: z.enum(['yes', 'no']) }),
);

/** The young person left care: ends the placement, moves the case to after-care, schedules visits. */
export function LeftCareForm({ plan }: { plan: LeavingCarePlanView }) {
  const intl = useIntl();
  const left = useLeftCare();
  const t = (id: string) => intl.formatMessage({ id: `cases.leaving.${id}` });
  const form = useSchemaForm(leftCareFormSchema, {
    initialValues: { leftOn: isoToday(), planned: '' },
    labels: { leftOn: t('leftCareOn'), planned: t('leftPlanned') },
  });
  const { planned } = form.getValues();
  return (
    <Card withBorder component="section" aria-labelledby="left-care-title">
      <form
        onSubmit={form.submitWith(({ leftOn, planned }) =>
          left.mutateAsync({
            id: plan.id,
            body: { version: plan.version, leftOn, planned: planned === 'yes' },
          }),
        )}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id="left-care-title">
            <FormattedMessage id="cases.leaving.leftTitle" />
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="cases.leaving.leftHint" />
          </Text>
          <ErrorAlert error={left.error} onReload={() => left.reset()} />
          <Group align="end" wrap="wrap">
            <DateField label={t('leftCareOn')} required {...form.getInputProps('leftOn')} />
            <Radio.Group label={t('leftPlanned')} required {...form.getInputProps('planned')}>
              <Group mt={4}>
                <Radio value="yes" label={t('planned')} />
                <Radio value="no" label={t('unplanned')} />
              </Group>
            </Radio.Group>
            <Button type="submit" color="red" variant="outline" loading={left.isPending} disabled={!planned}>
              <FormattedMessage id="cases.leaving.leftSubmit" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
