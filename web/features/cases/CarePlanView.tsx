import { List, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { CarePlanView as Plan } from '../../../common/contracts/cases';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat } from '../../lib/format';
import { Facts } from './Facts';

export function CarePlanDetails({ plan }: { plan: Plan }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const domains = Object.entries(plan.domains).filter(([, v]) => v.trim());
  return (
    <Stack gap="sm">
      <Facts
        items={[
          [
            'cases.carePlan.permanencyGoal',
            plan.permanencyGoal ? label('permanencyGoal', plan.permanencyGoal) : null,
          ],
          ['cases.carePlan.nextReviewOn', plan.nextReviewOn ? format.date(plan.nextReviewOn) : null],
          ['cases.carePlan.contactPlan', plan.contactPlan],
          ['cases.carePlan.childViews', plan.childViews],
          ...domains.map(([d, v]) => [`cases.domain.${d}`, v] as [string, string]),
        ]}
      />
      <div>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'cases.carePlan.goals' })}
        </Text>
        {plan.goals.length === 0 ? (
          <Text>{intl.formatMessage({ id: 'common.none' })}</Text>
        ) : (
          <List>
            {plan.goals.map((g) => (
              <List.Item key={g.id}>
                <strong>{label('domain', g.domain)}:</strong> {g.description}
                {g.responsible && ` — ${g.responsible}`}
                {g.dueOn && ` (${format.date(g.dueOn)})`}
              </List.Item>
            ))}
          </List>
        )}
      </div>
    </Stack>
  );
}
