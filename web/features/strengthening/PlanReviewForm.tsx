import {
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { GOAL_STATUSES, OPEN_GOAL_STATUSES } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { type PlanView, useReviewPlan } from './api';
import { reviewFormSchema } from './plan-schemas';
import { useFsLabel, useFsOptions } from './shared';

/** "New review", opening the review's form (closed again, it starts afresh). */
export function ReviewForm({ plan }: { plan: PlanView }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>
          <FormattedMessage id="strengthening.review.new" />
        </Button>
      </Group>
    );
  return <ReviewFields plan={plan} onDone={() => setOpen(false)} />;
}

const LABELS = {
  heldOn: 'strengthening.review.heldOn',
  nextReviewOn: 'strengthening.goal.nextReviewOn',
  participants: 'strengthening.review.participants',
  summary: 'strengthening.review.summary',
  status: 'strengthening.review.goalStatus',
  progress: 'strengthening.review.progress',
} as const;
const labelOf = (field: string): string =>
  (LABELS as Record<string, string>)[field] ?? 'strengthening.review.title';

/** A review: who took part, progress and status of every open goal, the next review date. */
function ReviewFields({ plan, onDone }: { plan: PlanView; onDone(): void }) {
  const intl = useIntl();
  const label = useFsLabel();
  const options = useFsOptions();
  const review = useReviewPlan();
  const openGoals = plan.goals.filter((g) => OPEN_GOAL_STATUSES.includes(g.status));
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const fieldLabel = (path: string) => {
    const [first, index, last] = path.split('.');
    const goal = first === 'goals' ? (openGoals[Number(index)]?.goal ?? '') : '';
    return t(labelOf(last ?? first ?? ''), { goal });
  };
  const form = useSchemaForm(reviewFormSchema, {
    initialValues: {
      heldOn: isoToday(),
      participants: '',
      summary: '',
      nextReviewOn: '',
      goals: openGoals.map((g) => ({ goalId: g.id, status: g.status, progress: '' })),
    },
    labels: fieldLabel,
  });
  return (
    <Card withBorder component="section" aria-labelledby="fs-review-form">
      <form
        onSubmit={form.submitWith(async (body) => {
          await review.mutateAsync({ planId: plan.id, version: plan.version, ...body });
          onDone();
        })}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id="fs-review-form">
            <FormattedMessage id="strengthening.review.new" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField w="100%" label={t(LABELS.heldOn)} required {...form.getInputProps('heldOn')} />
            <DateField
              w="100%"
              label={t(LABELS.nextReviewOn)}
              description={t('strengthening.review.defaultNext')}
              {...form.getInputProps('nextReviewOn')}
            />
          </SimpleGrid>
          <TextInput label={t(LABELS.participants)} required {...form.getInputProps('participants')} />
          {openGoals.map((g, i) => (
            <Paper key={g.id} withBorder p="sm">
              <Stack gap="xs">
                <Text size="sm" fw={500}>
                  {label('domain', g.domain)}: {g.goal}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <NativeSelect
                    label={fieldLabel(`goals.${i}.status`)}
                    data={options('goalStatus', GOAL_STATUSES)}
                    {...form.getInputProps(`goals.${i}.status`)}
                  />
                  <TextInput
                    label={fieldLabel(`goals.${i}.progress`)}
                    {...form.getInputProps(`goals.${i}.progress`)}
                  />
                </SimpleGrid>
              </Stack>
            </Paper>
          ))}
          <Textarea label={t(LABELS.summary)} autosize minRows={2} {...form.getInputProps('summary')} />
          <ErrorAlert error={review.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="strengthening.cancel" />
            </Button>
            <Button type="submit" loading={review.isPending}>
              <FormattedMessage id="strengthening.review.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
