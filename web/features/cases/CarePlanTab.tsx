import { Accordion, Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { ApprovalForm } from './ApprovalForm';
import { useCarePlans, useReviewCarePlan } from './api';
import { CarePlanForm } from './CarePlanForm';
import { CarePlanDetails } from './CarePlanView';
import { StatusBadge } from './GatekeepingTab';

/** Care plan versions, newest first: the draft being written, the one waiting, the one in force. */
export function CarePlanTab({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const canWrite = useCan('cases.write') && detail.status !== 'closed';
  const canApprove = useCan('cases.approve');
  const query = useCarePlans(detail.id);
  const review = useReviewCarePlan();
  const [creating, setCreating] = useState(false);
  // Once the new draft is saved (or anything changed), the list itself says what to show.
  const loaded = query.data;
  useEffect(() => {
    if (loaded) setCreating(false);
  }, [loaded]);
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.care-plan" />
      </Title>
      <QueryState query={query}>
        {(plans) => {
          const editable = plans.find((p) => p.status === 'draft');
          const waiting = plans.some((p) => p.status === 'submitted');
          const inForce = plans.find((p) => p.status === 'active');
          const others = plans.filter((p) => !(canWrite && p.id === editable?.id));
          return (
            <>
              {plans.length === 0 && !creating && (
                <Text c="dimmed">
                  <FormattedMessage id="cases.carePlan.none" />
                </Text>
              )}
              {canWrite && (editable || creating) && (
                <Card withBorder component="section" aria-labelledby="plan-form-title">
                  <Group justify="space-between" mb="sm">
                    <Title order={3} size="h4" id="plan-form-title">
                      {intl.formatMessage(
                        { id: 'cases.carePlan.versionN' },
                        { n: editable?.planVersion ?? (plans[0]?.planVersion ?? 0) + 1 },
                      )}
                    </Title>
                    <StatusBadge group="planStatus" status="draft" />
                  </Group>
                  {editable?.reviewComment && (
                    <Alert
                      color="orange"
                      mb="sm"
                      title={intl.formatMessage({ id: 'cases.approval.comment' })}
                    >
                      {editable.reviewComment}
                    </Alert>
                  )}
                  <CarePlanForm
                    caseId={detail.id}
                    current={editable}
                    basis={inForce}
                    onCancel={() => setCreating(false)}
                  />
                </Card>
              )}
              {canWrite && !editable && !creating && !waiting && (
                <Group>
                  <Button onClick={() => setCreating(true)}>
                    <FormattedMessage
                      id={plans.length ? 'cases.carePlan.newVersion' : 'cases.carePlan.write'}
                    />
                  </Button>
                </Group>
              )}
              <Accordion
                multiple
                variant="separated"
                defaultValue={others
                  .filter((p) => p.status === 'submitted' || p.status === 'active')
                  .map((p) => p.id)}
              >
                {others.map((p) => (
                  <Accordion.Item key={p.id} value={p.id}>
                    <Accordion.Control>
                      <Group gap="sm">
                        <Text fw={600}>
                          {intl.formatMessage({ id: 'cases.carePlan.versionN' }, { n: p.planVersion })}
                        </Text>
                        <StatusBadge group="planStatus" status={p.status} />
                        <Text size="sm" c="dimmed">
                          {p.approvedAt
                            ? intl.formatMessage(
                                { id: 'cases.approvedBy' },
                                { name: p.approvedByName ?? '', date: format.dateTime(p.approvedAt) },
                              )
                            : intl.formatMessage(
                                { id: 'cases.writtenBy' },
                                { name: p.createdByName ?? '', date: format.dateTime(p.createdAt) },
                              )}
                        </Text>
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Stack>
                        {p.reviewComment && (
                          <Alert color="gray" title={intl.formatMessage({ id: 'cases.approval.comment' })}>
                            {p.reviewComment}
                          </Alert>
                        )}
                        <CarePlanDetails plan={p} />
                        {p.status === 'submitted' && canApprove && (
                          <ApprovalForm id={p.id} version={p.version} mutation={review} />
                        )}
                      </Stack>
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
