import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../common/contracts/cases';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat, useLocalized, useNames } from '../../lib/format';
import { useCan } from '../../lib/session';
import { AssignForm } from './AssignForm';
import { CloseCaseForm } from './CloseCaseForm';
import { CorrectChildForm } from './CorrectChildForm';
import { DueList } from './DueList';
import { Facts } from './Facts';
import { PlacementSummary } from './PlacementSummary';

/** The child and the case at a glance, what falls due, and the case's own actions. */
export function OverviewTab({ detail }: { detail: CaseDetail }) {
  const canWrite = useCan('cases.write');
  const child = detail.child;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChildFacts detail={detail} />
        <CaseFacts detail={detail} />
      </SimpleGrid>
      {canWrite && detail.status !== 'closed' && (
        <CorrectChildForm key={child.version} caseId={detail.id} child={child} />
      )}
      <Card withBorder component="section">
        <Title order={2} size="h4" mb="sm">
          <FormattedMessage id="cases.overview.due" />
        </Title>
        <DueList items={detail.due} showChild={false} />
      </Card>
      <Card withBorder component="section">
        <Title order={2} size="h4" mb="sm">
          <FormattedMessage id="cases.overview.currentPlacement" />
        </Title>
        {detail.currentPlacement ? (
          <PlacementSummary placement={detail.currentPlacement} />
        ) : (
          <Text c="dimmed">
            <FormattedMessage id="cases.placement.none" />
          </Text>
        )}
      </Card>
      <SiblingsCard detail={detail} />
      {canWrite && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {detail.status !== 'closed' && <AssignForm detail={detail} />}
          <CloseCaseForm detail={detail} />
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** Who the child is, as recorded. */
function ChildFacts({ detail }: { detail: CaseDetail }) {
  const format = useFormat();
  const names = useNames();
  const label = useEnumLabel();
  const intl = useIntl();
  const child = detail.child;
  const yes = (b: boolean) => intl.formatMessage({ id: b ? 'cases.yes' : 'cases.no' });
  return (
    <Card withBorder component="section">
      <Title order={2} size="h4" mb="sm">
        <FormattedMessage id="cases.overview.child" />
      </Title>
      <Facts
        items={[
          ['cases.person.sex', child.sex ? label('sex', child.sex) : null],
          [
            'cases.person.birthDate',
            child.birthDate
              ? `${format.date(child.birthDate)}${child.birthDateEstimated ? ` (${intl.formatMessage({ id: 'cases.person.estimated' })})` : ''}`
              : null,
          ],
          [
            'cases.person.nationalId',
            child.nationalId ? `${label('idType', child.nationalIdType)}: ${child.nationalId}` : null,
          ],
          ['cases.person.citizenship', child.citizenship ? names.country(child.citizenship) : null],
          ['cases.person.languages', names.languages(child.languages)],
          [
            'cases.person.disability',
            child.disability
              ? `${yes(true)}${child.disabilityNote ? ` — ${child.disabilityNote}` : ''}`
              : yes(false),
          ],
          [
            'cases.person.parentalStatus',
            child.parentalStatus ? label('parentalStatus', child.parentalStatus) : null,
          ],
          ['cases.person.legalGuardian', child.legalGuardian],
        ]}
      />
    </Card>
  );
}

/** The case's status, office, programme and worker (and how it closed). */
function CaseFacts({ detail }: { detail: CaseDetail }) {
  const format = useFormat();
  const localized = useLocalized();
  const label = useEnumLabel();
  const intl = useIntl();
  return (
    <Card withBorder component="section">
      <Title order={2} size="h4" mb="sm">
        <FormattedMessage id="cases.overview.case" />
      </Title>
      <Facts
        items={[
          ['cases.field.status', label('status', detail.status)],
          ['cases.overview.openedOn', format.date(detail.openedOn)],
          ['cases.field.location', localized(detail.locationName)],
          ['cases.field.programme', detail.programmeName ? localized(detail.programmeName) : null],
          ['cases.col.worker', detail.workerName ?? intl.formatMessage({ id: 'cases.unassigned' })],
          ...(detail.closedOn
            ? ([
                ['cases.overview.closedOn', format.date(detail.closedOn)],
                ['cases.close.reason', label('closeReason', detail.closeReason)],
              ] as [string, ReactNode][])
            : []),
        ]}
      />
    </Card>
  );
}

/** The child's brothers and sisters, with where they live (or whom to ask). */
function SiblingsCard({ detail }: { detail: CaseDetail }) {
  const localized = useLocalized();
  const intl = useIntl();
  return (
    <Card withBorder component="section">
      <Title order={2} size="h4" mb="sm">
        <FormattedMessage id="cases.overview.siblings" />
      </Title>
      {detail.siblings.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="cases.overview.noSiblings" />
        </Text>
      ) : (
        <List>
          {detail.siblings.map((s) => (
            <List.Item key={s.personId}>
              {s.caseId ? (
                <Anchor component={Link} to={`/cases/${s.caseId}`}>
                  {s.name} ({s.caseNumber})
                </Anchor>
              ) : (
                s.name
              )}
              {!s.visible && (
                <Text span c="dimmed">
                  {' — '}
                  {intl.formatMessage(
                    { id: 'cases.overview.siblingElsewhere' },
                    { location: localized(s.askLocation) || '—', worker: s.askWorker ?? '—' },
                  )}
                </Text>
              )}
              {(s.programmeName || s.settingType) && (
                <Text span c="dimmed">
                  {' — '}
                  {s.programmeName
                    ? localized(s.programmeName)
                    : intl.formatMessage({ id: `cases.setting.${s.settingType}` })}
                  {s.houseNumber !== null &&
                    `, ${intl.formatMessage({ id: 'village.house' }, { number: s.houseNumber })}`}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
