import { Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { type SchemaForm, useSchemaForm } from '../../lib/form';
import { useStartPlan } from './api';
import { GoalFields, useGoalLabel } from './GoalFields';
import { emptyGoal, planFormSchema } from './plan-schemas';

const MAX_GOALS = 40;

/** A new plan: its start, its goals and (optionally) the first review date. */
export function PlanForm({ enrolmentId, months }: { enrolmentId: string; months: number }) {
  const intl = useIntl();
  const start = useStartPlan();
  const form = useSchemaForm(planFormSchema, {
    initialValues: { startedOn: isoToday(), nextReviewOn: '', goals: [emptyGoal()] },
    labels: useGoalLabel(),
  });
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const goals = form.getValues().goals;
  return (
    <Card withBorder component="section" aria-labelledby="fs-plan-form">
      <form onSubmit={form.submitWith((plan) => start.mutateAsync({ enrolmentId, ...plan }))} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="fs-plan-form">
            <FormattedMessage id="strengthening.plan.new" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              w="100%"
              label={t('strengthening.goal.startedOn')}
              required
              {...form.getInputProps('startedOn')}
            />
            <DateField
              w="100%"
              label={t('strengthening.goal.nextReviewOn')}
              description={t('strengthening.plan.defaultReview', { months })}
              {...form.getInputProps('nextReviewOn')}
            />
          </SimpleGrid>
          {goals.map((_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
            <PlanGoal key={i} form={form} index={i} removable={goals.length > 1} />
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() => form.insertListItem('goals', emptyGoal())}
              disabled={goals.length >= MAX_GOALS}
            >
              <FormattedMessage id="strengthening.plan.addGoal" />
            </Button>
          </Group>
          <ErrorAlert error={start.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={start.isPending}>
              <FormattedMessage id="strengthening.plan.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function PlanGoal({
  form,
  index,
  removable,
}: {
  form: SchemaForm<typeof planFormSchema>;
  index: number;
  removable: boolean;
}) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={500} size="sm">
          <FormattedMessage id="strengthening.plan.goalN" values={{ n: index + 1 }} />
        </Text>
        <GoalFields bind={(field) => form.getInputProps(`goals.${index}.${field}`)} />
        {removable && (
          <Group justify="flex-end">
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => form.removeListItem('goals', index)}
            >
              <FormattedMessage id="strengthening.plan.removeGoal" values={{ n: index + 1 }} />
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
