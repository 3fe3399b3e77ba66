import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail } from '../../../common/contracts/cases';
import type { LeavingCarePlanView } from '../../../common/contracts/leaving-care';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { useLeavingCarePlans } from './api';
import { Facts } from './Facts';
import { FollowUpsSection } from './FollowUps';
import { AREAS, LeavingCarePlanForm } from './LeavingCarePlanForm';
import { LeftCareForm } from './LeftCareForm';

/** Preparing a young person to leave care, the day they leave, and the after-care visits. */
export function LeavingCareTab({ detail }: { detail: CaseDetail }) {
  const canRecord = useCan('cases.write');
  const canWrite = canRecord && detail.status !== 'closed';
  const query = useLeavingCarePlans(detail.id);
  const [creating, setCreating] = useState(false);
  const loaded = query.data;
  useEffect(() => {
    if (loaded) setCreating(false);
  }, [loaded]);
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.leaving-care" />
      </Title>
      <QueryState query={query}>
        {(plans) => {
          const active = plans.find((p) => p.status === 'active');
          const completed = plans.filter((p) => p.status !== 'active');
          return (
            <>
              {plans.length === 0 && !creating && (
                <Text c="dimmed">
                  <FormattedMessage id="cases.leaving.none" />
                </Text>
              )}
              {canWrite && !active && !creating && detail.status !== 'after_care' && (
                <Group>
                  <Button onClick={() => setCreating(true)}>
                    <FormattedMessage id="cases.leaving.start" />
                  </Button>
                </Group>
              )}
              {canWrite && creating && !active && (
                <LeavingCarePlanForm caseId={detail.id} onCancel={() => setCreating(false)} />
              )}
              {active &&
                (canWrite ? (
                  <>
                    <LeavingCarePlanForm key={active.version} caseId={detail.id} current={active} />
                    <LeftCareForm key={`left-${active.version}`} plan={active} />
                  </>
                ) : (
                  <PlanDetails plan={active} />
                ))}
              {completed.map((p) => (
                <PlanDetails key={p.id} plan={p} />
              ))}
            </>
          );
        }}
      </QueryState>
      <FollowUpsSection caseId={detail.id} kind="after_care" canWrite={canRecord} />
    </Stack>
  );
}

function PlanDetails({ plan }: { plan: LeavingCarePlanView }) {
  const intl = useIntl();
  const format = useFormat();
  const yes = (b: boolean) => intl.formatMessage({ id: b ? 'cases.yes' : 'cases.no' });
  return (
    <Card withBorder component="article" aria-labelledby={`plan-${plan.id}`}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h4" id={`plan-${plan.id}`}>
          {intl.formatMessage({ id: 'cases.leaving.planOf' }, { date: format.date(plan.startedOn) })}
        </Title>
        <Badge color={plan.status === 'active' ? 'teal.9' : 'gray.7'} variant="light" tt="none">
          {intl.formatMessage({ id: `cases.leavingStatus.${plan.status}` })}
        </Badge>
      </Group>
      <Facts
        items={[
          ...AREAS.map((a): [string, string] => [`cases.leaving.${a}`, plan[a]]),
          ['cases.leaving.namedWorker', plan.namedWorker],
          ['cases.leaving.youngPersonAgreed', yes(plan.youngPersonAgreed)],
          ['cases.leaving.leftCareOn', plan.leftCareOn ? format.date(plan.leftCareOn) : null],
          [
            'cases.leaving.leftPlanned',
            plan.leftPlanned === null
              ? null
              : intl.formatMessage({
                  id: plan.leftPlanned ? 'cases.leaving.planned' : 'cases.leaving.unplanned',
                }),
          ],
        ]}
      />
    </Card>
  );
}
