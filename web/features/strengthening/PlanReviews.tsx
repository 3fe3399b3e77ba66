import { Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../lib/format';
import type { PlanView } from './api';
import { useFsLabel } from './shared';

/** The plan's reviews, newest first as the server lists them, with each goal's progress. */
export function Reviews({ plan }: { plan: PlanView }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFsLabel();
  if (!plan.reviews.length)
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="strengthening.review.none" />
      </Text>
    );
  const goalName = (id: string) => plan.goals.find((g) => g.id === id)?.goal ?? '';
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        <FormattedMessage id="strengthening.review.title" />
      </Title>
      {plan.reviews.map((r) => (
        <Paper key={r.id} withBorder p="sm">
          <Stack gap={4}>
            <Text fw={600}>
              <FormattedMessage
                id="strengthening.review.heading"
                values={{ date: format.date(r.heldOn), next: format.date(r.nextReviewOn) }}
              />
            </Text>
            <Text size="sm">
              {intl.formatMessage({ id: 'strengthening.review.participants' })}: {r.participants}
              {r.createdByName && ` · ${r.createdByName}`}
            </Text>
            {r.summary && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {r.summary}
              </Text>
            )}
            {r.goals.map((g) => (
              <Text size="sm" key={g.goalId}>
                {goalName(g.goalId)} — {label('goalStatus', g.status)}
                {g.progress && `: ${g.progress}`}
              </Text>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
