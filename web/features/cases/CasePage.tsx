import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CaseDetail } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { useEnumLabel } from '../../lib/enum-labels';
import { usePageTitle } from '../../lib/page-title';
import { personName } from '../../lib/person-name';
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
            <CaseHeader detail={c} />
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
              {tabs.map((t) => (
                <Tabs.Panel key={t} value={t} pt="md">
                  <TabContent tab={t} detail={c} />
                </Tabs.Panel>
              ))}
            </Tabs>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/** The child's name, the case number, its status and whether the child came back into care. */
function CaseHeader({ detail }: { detail: CaseDetail }) {
  const label = useEnumLabel();
  return (
    <Group justify="space-between" align="end" wrap="wrap">
      <div>
        <Title order={1}>{personName(detail.child)}</Title>
        <Text c="dimmed">
          <FormattedMessage id="cases.caseNumber" values={{ caseNumber: detail.caseNumber }} />
        </Text>
      </div>
      <Group gap="xs">
        <Badge size="lg" variant="light" color={detail.status === 'closed' ? 'gray.7' : 'teal.9'} tt="none">
          {label('status', detail.status)}
        </Badge>
        {detail.reEntry && (
          <Badge size="lg" variant="light" color="grape.8" tt="none">
            <FormattedMessage id="cases.reEntry" />
          </Badge>
        )}
      </Group>
    </Group>
  );
}

/** What a tab shows (only the tabs the user may see are offered). */
function TabContent({ tab, detail }: { tab: (typeof TABS)[number]; detail: CaseDetail }) {
  switch (tab) {
    case 'overview':
      return <OverviewTab detail={detail} />;
    case 'family':
      return <FamilyTab detail={detail} />;
    case 'gatekeeping':
      return <GatekeepingTab detail={detail} />;
    case 'placements':
      return <PlacementsTab detail={detail} />;
    case 'foster':
      return <FosterTab detail={detail} />;
    case 'care-plan':
      return <CarePlanTab detail={detail} />;
    case 'reviews':
      return <ReviewsTab detail={detail} />;
    case 'contacts':
      return <ContactsTab detail={detail} />;
    case 'short-term':
      return <ShortTermTab detail={detail} />;
    case 'leaving-care':
      return <LeavingCareTab detail={detail} />;
    case 'documents':
      return <DocumentsTab detail={detail} />;
    case 'timeline':
      return <TimelineTab caseId={detail.id} />;
    case 'access-log':
      return <AccessLogTab caseId={detail.id} />;
  }
}
