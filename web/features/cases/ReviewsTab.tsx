import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail } from '../../../common/contracts/cases';
import { Q4C_STANDARDS } from '../../../common/quality4children';
import { QueryState } from '../../components/ui/QueryState';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat, useLocalized } from '../../lib/format';
import { useCan } from '../../lib/session';
import { useReviews } from './api';
import { Facts } from './Facts';
import { ReviewForm } from './ReviewForm';

export function ReviewsTab({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const label = useEnumLabel();
  const canWrite = useCan('cases.write') && detail.status !== 'closed';
  const query = useReviews(detail.id);
  const yes = (b: boolean) => intl.formatMessage({ id: b ? 'cases.yes' : 'cases.no' });
  const due = detail.due.find((d) => d.kind === 'review');
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.reviews" />
      </Title>
      {due?.dueOn && (
        <Text c={due.overdue ? 'red' : undefined} fw={700}>
          <FormattedMessage
            id={due.overdue ? 'cases.review.overdueSince' : 'cases.review.dueOn'}
            values={{ date: format.date(due.dueOn) }}
          />
        </Text>
      )}
      {canWrite && <ReviewForm caseId={detail.id} />}
      <QueryState query={query}>
        {(reviews) =>
          reviews.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cases.review.none" />
            </Text>
          ) : (
            reviews.map((r) => (
              <Card withBorder key={r.id} component="article">
                <Group mb="sm" gap="sm">
                  <Title order={3} size="h5">
                    {format.date(r.heldOn)} — {label('reviewKind', r.kind)}
                  </Title>
                  {(!r.necessityHolds || !r.suitabilityHolds) && (
                    <Badge color="orange.9" variant="light" tt="none">
                      <FormattedMessage id="cases.review.placementQuestioned" />
                    </Badge>
                  )}
                </Group>
                <Facts
                  items={[
                    ['cases.review.participants', r.participants],
                    ['cases.review.childHeard', r.childHeard],
                    ['cases.review.findings', r.findings],
                    ['cases.review.necessityHolds', yes(r.necessityHolds)],
                    ['cases.review.suitabilityHolds', yes(r.suitabilityHolds)],
                    ['cases.review.decisions', r.decisions],
                    ['cases.review.nextReviewOn', r.nextReviewOn ? format.date(r.nextReviewOn) : null],
                    [
                      'cases.review.q4cStandards',
                      (r.q4cStandards ?? [])
                        .map((n) => `${n}. ${localized(Q4C_STANDARDS.find((s) => s.number === n)?.title)}`)
                        .join('; '),
                    ],
                    ['cases.recordedBy', r.createdByName],
                  ]}
                />
              </Card>
            ))
          )
        }
      </QueryState>
    </Stack>
  );
}
