import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail, GatekeepingView } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { ApprovalForm } from './ApprovalForm';
import { useGatekeeping, useReviewGatekeeping } from './api';
import { Facts } from './Facts';
import { GatekeepingForm } from './GatekeepingForm';
import { useSiblingsAwaitingDecision } from './siblings-api';

export function StatusBadge({ group, status }: { group: string; status: string }) {
  const label = useEnumLabel();
  const color =
    { approved: 'teal.9', active: 'teal.9', submitted: 'blue.8', returned: 'orange.9' }[status] ?? 'gray.7';
  return (
    <Badge variant="light" color={color} tt="none">
      {label(group, status)}
    </Badge>
  );
}

function AssessmentView({ g }: { g: GatekeepingView }) {
  const format = useFormat();
  const label = useEnumLabel();
  return (
    <Facts
      items={[
        ['cases.gatekeeping.supportTried', g.supportTried],
        [
          'cases.gatekeeping.optionsConsidered',
          g.optionsConsidered.map((o) => label('decision', o)).join(', '),
        ],
        ['cases.gatekeeping.participants', g.participants],
        ['cases.gatekeeping.childViews', g.childViews],
        ['cases.gatekeeping.parentsViews', g.parentsViews],
        ['cases.gatekeeping.decision', g.decision ? label('decision', g.decision) : null],
        ['cases.gatekeeping.decisionReason', g.decisionReason],
        ['cases.gatekeeping.authorityDecisionNumber', g.authorityDecisionNumber],
        [
          'cases.gatekeeping.authorityDecisionDate',
          g.authorityDecisionDate ? format.date(g.authorityDecisionDate) : null,
        ],
      ]}
    />
  );
}

/** The gatekeeping assessment: written and sent by the worker, approved or returned by a supervisor. */
export function GatekeepingTab({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const canWrite = useCan('cases.write') && detail.status !== 'closed';
  const canApprove = useCan('cases.approve');
  const query = useGatekeeping(detail.id);
  const review = useReviewGatekeeping();
  // Brothers or sisters whose cases await the same decision can share it (asked only if there are any).
  const hasSiblingCases = detail.siblings.some((s) => s.visible && s.caseId);
  const awaiting = useSiblingsAwaitingDecision(detail.id, canWrite && hasSiblingCases);
  const siblingsRead = !canWrite || !hasSiblingCases || !awaiting.isPending;
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.gatekeeping" />
      </Title>
      <QueryState query={query}>
        {(list) => {
          const editable = list.find((g) => g.status === 'draft' || g.status === 'returned');
          return (
            <>
              {list.length === 0 && !canWrite && (
                <Text c="dimmed">
                  <FormattedMessage id="cases.gatekeeping.none" />
                </Text>
              )}
              {canWrite && siblingsRead && (editable || list.length === 0) && (
                <Card withBorder component="section" aria-labelledby="gk-form-title">
                  <Group justify="space-between" mb="sm">
                    <Title order={3} size="h4" id="gk-form-title">
                      <FormattedMessage id={editable ? 'cases.gatekeeping.edit' : 'cases.gatekeeping.new'} />
                    </Title>
                    {editable && <StatusBadge group="gkStatus" status={editable.status} />}
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
                  <GatekeepingForm caseId={detail.id} current={editable} awaiting={awaiting.data ?? []} />
                </Card>
              )}
              {list
                .filter((g) => !canWrite || g.id !== editable?.id)
                .map((g) => (
                  <Card
                    withBorder
                    key={g.id}
                    component="section"
                    aria-label={intl.formatMessage({ id: 'cases.tab.gatekeeping' })}
                  >
                    <Group justify="space-between" mb="sm">
                      <StatusBadge group="gkStatus" status={g.status} />
                      <Text size="sm" c="dimmed">
                        {g.submittedAt &&
                          intl.formatMessage(
                            { id: 'cases.sentBy' },
                            { name: g.submittedByName ?? '', date: format.dateTime(g.submittedAt) },
                          )}
                        {g.reviewedAt &&
                          ` · ${intl.formatMessage(
                            { id: 'cases.reviewedBy' },
                            { name: g.reviewedByName ?? '', date: format.dateTime(g.reviewedAt) },
                          )}`}
                      </Text>
                    </Group>
                    {g.reviewComment && (
                      <Alert
                        color={g.status === 'returned' ? 'orange' : 'gray'}
                        mb="sm"
                        title={intl.formatMessage({ id: 'cases.approval.comment' })}
                      >
                        {g.reviewComment}
                      </Alert>
                    )}
                    <AssessmentView g={g} />
                    {g.status === 'submitted' && canApprove && (
                      <ApprovalForm id={g.id} version={g.version} mutation={review} />
                    )}
                  </Card>
                ))}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
