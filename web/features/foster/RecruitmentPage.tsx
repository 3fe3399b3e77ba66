import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/ui/QueryState';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { useAddRecruitment, useRecruitment } from './api';
import { AmbassadorForm, CampaignForm } from './CampaignForms';
import { EventForm, InquiryForm } from './OutreachForms';
import { AmbassadorsTable, CampaignsTable, EventsTable, InquiriesTable } from './RecruitmentTables';

/** Campaigns, volunteer ambassadors, outreach events and inquiries with their source — what feeds the funnel. */
export function RecruitmentPage() {
  usePageTitle('recruitment.title');
  const intl = useIntl();
  const canManage = useCan('foster.manage');
  const lists = useRecruitment();
  // One mutation for the four forms: the page shows its refusal once, above them.
  const save = useAddRecruitment();

  return (
    <Stack>
      <Title order={1}>{intl.formatMessage({ id: 'recruitment.title' })}</Title>
      <ErrorAlert error={save.error} reloadKey={null} />
      <QueryState query={lists}>
        {(data) => (
          <Stack>
            {canManage && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <CampaignForm save={save} />
                <AmbassadorForm save={save} />
                <EventForm save={save} lists={data} />
                <InquiryForm save={save} lists={data} />
              </SimpleGrid>
            )}
            <CampaignsTable data={data} />
            <AmbassadorsTable data={data} />
            <EventsTable data={data} />
            <InquiriesTable data={data} canManage={canManage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
