import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { FOSTER_DOCUMENTS_MAX_FILES } from '../../../common/contracts/foster';
import { QueryState } from '../../components/ui/QueryState';
import { useLocale } from '../../i18n/I18nProvider';
import { ApiError } from '../../lib/api';
import { localDay } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { type PublicStatus, usePublicStatus, usePublicUpload } from './api';
import { DocumentUploadForm, SentDocuments, useFileSize } from './Documents';
import { countsOf, RequirementBadge, StatusBadge, useFosterLabel, useRequirementName } from './shared';

/** What a family sees through its private link: where the application stands and what is still needed. */
export function StatusPage() {
  usePageTitle('foster.statusPage.title');
  const { token = '' } = useParams();
  const { locale } = useLocale();
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const requirementName = useRequirementName();
  const query = usePublicStatus(token, locale);

  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <Stack>
        <Title order={1} fz={{ base: 26, sm: 34 }}>
          <FormattedMessage id="foster.statusPage.title" />
        </Title>
        <Alert color="orange" role="alert">
          <FormattedMessage id="foster.statusPage.notFound" />
        </Alert>
        <Anchor component={Link} to="/apply">
          <FormattedMessage id="foster.statusPage.applyLink" />
        </Anchor>
      </Stack>
    );
  }

  return (
    <QueryState query={query}>
      {(data) => {
        const count = countsOf(data.requirements);
        const open = data.requirements.filter((r) => r.status === 'incomplete').length;
        return (
          <Stack gap="lg">
            <Title order={1} fz={{ base: 26, sm: 34 }}>
              <FormattedMessage id="foster.statusPage.title" />
            </Title>
            <Paper withBorder p="md" radius="md">
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <div>
                  <Text size="sm" c="dimmed">
                    <FormattedMessage id="foster.col.reference" />
                  </Text>
                  <Text fw={700} size="lg" data-testid="foster-reference">
                    {data.reference}
                  </Text>
                </div>
                <div>
                  <Text size="sm" c="dimmed" id="foster-status-label">
                    <FormattedMessage id="foster.col.status" />
                  </Text>
                  <Group gap="xs" mt={4} aria-labelledby="foster-status-label" data-testid="foster-status">
                    <StatusBadge status={data.status} />
                  </Group>
                </div>
                <div>
                  <Text size="sm" c="dimmed">
                    <FormattedMessage id="foster.col.submitted" />
                  </Text>
                  <Text size="lg">{format.date(localDay(data.submittedAt))}</Text>
                </div>
              </SimpleGrid>
              <Text mt="md">{label('statusExplained', data.status)}</Text>
            </Paper>
            <Title order={2} size="h3">
              <FormattedMessage id="foster.requirements.title" />
            </Title>
            <Text size="sm">
              <FormattedMessage id="foster.statusPage.openCount" values={{ count: open }} />
            </Text>
            <Table.ScrollContainer minWidth={320}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'foster.col.requirement' })}</Table.Th>
                    <Table.Th scope="col">
                      {intl.formatMessage({ id: 'foster.col.requirementStatus' })}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.requirements.map((r) => (
                    <Table.Tr key={`${r.code}-${r.memberName ?? ''}-${r.sequence}`}>
                      <Table.Td>
                        {requirementName(r, count(r))}
                        {label('kind', r.kind) !== label('requirement', r.code) && (
                          <Text size="xs" c="dimmed">
                            {label('kind', r.kind)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <RequirementBadge status={r.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <SendDocuments token={token} status={data} />
            <Text size="sm" c="dimmed">
              <FormattedMessage id="foster.statusPage.keepPrivate" />
            </Text>
          </Stack>
        );
      }}
    </QueryState>
  );
}

/** Statuses in which the family may still send papers through the link (as the server has them). */
const OPEN_FOR_DOCUMENTS = [
  'inquiry',
  'applying',
  'home_study',
  'training',
  'ready_for_review',
  'renewal_due',
];

/** The family sends scans or photos of its papers, and sees what it has sent and what it may still send. */
function SendDocuments({ token, status }: { token: string; status: PublicStatus }) {
  const { locale } = useLocale();
  const size = useFileSize();
  const upload = usePublicUpload(token, locale);
  const { filesLeft, bytesLeft } = status.documentQuota;
  const open = OPEN_FOR_DOCUMENTS.includes(status.status);
  return (
    <Stack gap="sm" component="section" aria-labelledby="foster-documents-title">
      <Title order={2} size="h3" id="foster-documents-title">
        <FormattedMessage id="foster.documents.sendTitle" />
      </Title>
      {!open ? (
        <Alert color="gray" role="status">
          <FormattedMessage id="error.rule.foster_documents_closed" />
        </Alert>
      ) : filesLeft <= 0 || bytesLeft <= 0 ? (
        <Alert color="orange" role="status">
          <FormattedMessage
            id="error.rule.foster_documents_quota"
            values={{ files: FOSTER_DOCUMENTS_MAX_FILES }}
          />
        </Alert>
      ) : (
        <>
          <Text size="sm">
            <FormattedMessage id="foster.documents.sendIntro" />
          </Text>
          <Text size="sm" c="dimmed" data-testid="foster-document-quota">
            <FormattedMessage
              id="foster.documents.quotaLeft"
              values={{ files: filesLeft, size: size(bytesLeft, true) }}
            />
          </Text>
          <DocumentUploadForm requirements={status.requirements} upload={upload} bytesLeft={bytesLeft} />
        </>
      )}
      <Title order={3} size="h4" mt="sm">
        <FormattedMessage id="foster.documents.sentTitle" />
      </Title>
      <SentDocuments documents={status.documents} requirements={status.requirements} />
    </Stack>
  );
}
