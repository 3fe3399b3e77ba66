import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../lib/format';
import type { HouseholdDetail, PlanView } from './api';
import { AddGoal, GoalEdit } from './GoalForms';
import { currentEnrolment } from './HouseholdPage';
import { PlanForm } from './PlanForm';
import { ReviewForm } from './PlanReviewForm';
import { Reviews } from './PlanReviews';
import { Section, useFsLabel } from './shared';

/** The family development plan of the current enrolment: goals, reviews, the next review date; earlier plans below. */
export function PlanTab({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const enrolment = currentEnrolment(h);
  const plans = h.plans ?? [];
  const active = plans.find((p) => p.status === 'active');
  const closed = plans.filter((p) => p.status === 'closed');
  return (
    <Stack gap="lg">
      {active ? (
        <Plan plan={active} canWrite={h.access.canWrite} />
      ) : enrolment?.status === 'enrolled' ? (
        h.access.canWrite ? (
          <PlanForm enrolmentId={enrolment.id} months={enrolment.planReviewMonths} />
        ) : (
          <Text c="dimmed">
            <FormattedMessage id="strengthening.plan.none" />
          </Text>
        )
      ) : (
        <Alert color="blue" role="note">
          <FormattedMessage
            id={
              enrolment?.status === 'exited'
                ? 'strengthening.plan.exited'
                : 'strengthening.plan.needsEnrolment'
            }
          />
        </Alert>
      )}
      {closed.map((p) => (
        <Section
          key={p.id}
          title={intl.formatMessage({ id: 'strengthening.plan.earlier' }, { date: format.date(p.startedOn) })}
          id={`fs-plan-${p.id}`}
        >
          <GoalsTable plan={p} canWrite={false} />
          <Reviews plan={p} />
        </Section>
      ))}
    </Stack>
  );
}

function Plan({ plan, canWrite }: { plan: PlanView; canWrite: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <Section title={intl.formatMessage({ id: 'strengthening.plan.title' })} id="fs-plan">
      <Group gap="lg">
        <Text size="sm">
          <FormattedMessage
            id="strengthening.plan.startedOn"
            values={{ date: format.date(plan.startedOn) }}
          />
        </Text>
        <Text size="sm" fw={600} c={plan.overdue ? 'red.9' : undefined} data-testid="next-review">
          <FormattedMessage
            id="strengthening.plan.nextReview"
            values={{ date: format.date(plan.nextReviewOn) }}
          />
          {plan.overdue && (
            <Badge ml="xs" color="red.9" variant="light" tt="none">
              <FormattedMessage id="strengthening.overdue" />
            </Badge>
          )}
        </Text>
      </Group>
      <GoalsTable plan={plan} canWrite={canWrite} />
      {canWrite && <AddGoal planId={plan.id} />}
      {canWrite && <ReviewForm plan={plan} />}
      <Reviews plan={plan} />
    </Section>
  );
}

function GoalsTable({ plan, canWrite }: { plan: PlanView; canWrite: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFsLabel();
  const [editing, setEditing] = useState<string | null>(null);
  const none = intl.formatMessage({ id: 'common.none' });
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'strengthening.goal.domain',
              'strengthening.goal.goal',
              'strengthening.goal.actions',
              'strengthening.goal.responsible',
              'strengthening.goal.targetOn',
              'strengthening.field.status',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
            {canWrite && <Table.Th scope="col" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.goals.map((g) =>
            editing === g.id ? (
              <Table.Tr key={g.id}>
                <Table.Td colSpan={7}>
                  <GoalEdit goal={g} onDone={() => setEditing(null)} />
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={g.id}>
                <Table.Td>{label('domain', g.domain)}</Table.Td>
                <Table.Td>{g.goal}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{g.actions || none}</Table.Td>
                <Table.Td>{g.responsible || none}</Table.Td>
                <Table.Td>{g.targetOn ? format.date(g.targetOn) : none}</Table.Td>
                <Table.Td>{label('goalStatus', g.status)}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(g.id)}>
                      <FormattedMessage id="strengthening.edit" />
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
