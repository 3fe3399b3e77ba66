import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { AccessLogTab } from './AccessLogTab';
import { useCase } from './api';
import { CarePlanTab } from './CarePlanTab';
import { ContactsTab } from './ContactsTab';
import { DocumentsTab } from './DocumentsTab';
import { FamilyTab } from './FamilyTab';
import { FosterTab } from './FosterTab';
import { GatekeepingTab } from './GatekeepingTab';
import { LeavingCareTab } from './LeavingCareTab';
import { OverviewTab } from './OverviewTab';
import { PlacementsTab } from './PlacementsTab';
import { ReviewsTab } from './ReviewsTab';
import { ShortTermTab } from './ShortTermTab';
import { personName, useEnumLabel } from './shared';
import { TimelineTab } from './TimelineTab';

const TABS = [
  'overview',
  'family',
  'gatekeeping',
  'placements',
  'foster',
  'care-plan',
  'reviews',
  'contacts',
  'short-term',
  'leaving-care',
  'documents',
  'timeline',
  'access-log',
] as const;

/** One child's case; the open tab is part of the address (?tab=placements). */
export function CasePage() {
  const { id = '' } = useParams();
  const intl = useIntl();
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const canSeeAccessLog = useCan('cases.accessLog');
  const canSeeFoster = useCan('foster.read');
  const query = useCase(id);
  usePageTitle('cases.nav.children', query.data ? personName(query.data.child) : null);
  // The short-term care tab is there when the case has episodes.
  const shortTerm = (query.data?.shortTermEpisodes ?? 0) > 0;
  const tabs = TABS.filter(
    (t) =>
      (t !== 'access-log' || canSeeAccessLog) &&
      (t !== 'short-term' || shortTerm) &&
      (t !== 'foster' || canSeeFoster),
  );
  // A due follow-up links to ?tab=follow-ups: after reunification or after leaving care.
  const asked = params.get('tab');
  const wanted = asked === 'follow-ups' ? (shortTerm ? 'short-term' : 'leaving-care') : asked;
  const tab = tabs.find((t) => t === wanted) ?? 'overview';

  return (
    <Stack>
      <Anchor component={Link} to="/cases" size="sm">
        <FormattedMessage id="cases.backToList" />
      </Anchor>
      <QueryState query={query}>
        {(c) => (
          <>
            <Group justify="space-between" align="end" wrap="wrap">
              <div>
                <Title order={1}>{personName(c.child)}</Title>
                <Text c="dimmed">
                  <FormattedMessage id="cases.caseNumber" values={{ caseNumber: c.caseNumber }} />
                </Text>
              </div>
              <Group gap="xs">
                <Badge
                  size="lg"
                  variant="light"
                  color={c.status === 'closed' ? 'gray.7' : 'teal.9'}
                  tt="none"
                >
                  {label('status', c.status)}
                </Badge>
                {c.reEntry && (
                  <Badge size="lg" variant="light" color="grape.8" tt="none">
                    <FormattedMessage id="cases.reEntry" />
                  </Badge>
                )}
              </Group>
            </Group>
            <Tabs
              value={tab}
              keepMounted={false}
              onChange={(value) => {
                const next = new URLSearchParams(params);
                next.set('tab', value ?? 'overview');
                setParams(next, { replace: true });
              }}
            >
              <Tabs.List style={{ overflowX: 'auto', flexWrap: 'wrap' }}>
                {tabs.map((t) => (
                  <Tabs.Tab key={t} value={t}>
                    {intl.formatMessage({ id: `cases.tab.${t}` })}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="overview" pt="md">
                <OverviewTab detail={c} />
              </Tabs.Panel>
              <Tabs.Panel value="family" pt="md">
                <FamilyTab detail={c} />
              </Tabs.Panel>
              <Tabs.Panel value="gatekeeping" pt="md">
                <GatekeepingTab detail={c} />
              </Tabs.Panel>
              <Tabs.Panel value="placements" pt="md">
                <PlacementsTab detail={c} />
              </Tabs.Panel>
              {canSeeFoster && (
                <Tabs.Panel value="foster" pt="md">
                  <FosterTab detail={c} />
                </Tabs.Panel>
              )}
              <Tabs.Panel value="care-plan" pt="md">
                <CarePlanTab detail={c} />
              </Tabs.Panel>
              <Tabs.Panel value="reviews" pt="md">
                <ReviewsTab detail={c} />
              </Tabs.Panel>
              <Tabs.Panel value="contacts" pt="md">
                <ContactsTab detail={c} />
              </Tabs.Panel>
              {shortTerm && (
                <Tabs.Panel value="short-term" pt="md">
                  <ShortTermTab detail={c} />
                </Tabs.Panel>
              )}
              <Tabs.Panel value="leaving-care" pt="md">
                <LeavingCareTab detail={c} />
              </Tabs.Panel>
              <Tabs.Panel value="documents" pt="md">
                <DocumentsTab detail={c} />
              </Tabs.Panel>
              <Tabs.Panel value="timeline" pt="md">
                <TimelineTab caseId={c.id} />
              </Tabs.Panel>
              {canSeeAccessLog && (
                <Tabs.Panel value="access-log" pt="md">
                  <AccessLogTab caseId={c.id} />
                </Tabs.Panel>
              )}
            </Tabs>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
