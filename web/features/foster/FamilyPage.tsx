import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/ui/QueryState';
import { isoToday } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { type FamilyDetail, useChangeStatus, useFosterFamily, useOfficerUpload, useRuleSets } from './api';
import { DecisionForm } from './DecisionForm';
import { DistrictForm } from './DistrictForm';
import { DocumentUploadForm, FamilyDocumentsTable } from './Documents';
import { Fact, Facts, Members, Section } from './FamilyFacts';
import { HomeStudies } from './HomeStudies';
import { LocationForm } from './LocationForm';
import { RequirementsTable } from './RequirementsTable';
import { BreachList, StatusBadge, useFosterLabel } from './shared';

const ASSESSMENT = ['applying', 'home_study', 'training', 'ready_for_review'] as const;
type Step = Exclude<(typeof ASSESSMENT)[number], 'applying'>;

/** One applicant or approved family: household, eligibility, requirements, home studies and the decision. */
export function FamilyPage() {
  const { id = '' } = useParams();
  const query = useFosterFamily(id);
  usePageTitle('foster.nav.families', query.data?.reference);
  return (
    <Stack>
      <Anchor component={Link} to="/foster" size="sm">
        <FormattedMessage id="foster.family.back" />
      </Anchor>
      <QueryState query={query}>{(family) => <Family family={family} />}</QueryState>
    </Stack>
  );
}

function Family({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const canManage = useCan('foster.manage');
  const ruleSets = useRuleSets();
  const today = isoToday();
  const rules = (ruleSets.data ?? [])
    .filter((s) => s.country === family.country && s.effectiveFrom <= today)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  // Until the rules are read, ask for the numbers rather than let an approval be refused for them.
  const needsContract = rules ? rules.rules.approvalNeedsContract : true;
  const open = (ASSESSMENT as readonly string[]).includes(family.status);
  const t = (id: string) => intl.formatMessage({ id });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={1}>
          <FormattedMessage id="foster.family.title" values={{ reference: family.reference }} />
        </Title>
        <StatusBadge status={family.status} />
      </Group>
      <Facts family={family} />
      {canManage && <DistrictForm family={family} />}
      {canManage && <LocationForm family={family} />}
      {canManage && open && <StatusActions family={family} />}

      <Section title={t('foster.family.household')}>
        <Members family={family} />
      </Section>

      <BreachList breaches={family.breaches} title={t('foster.family.breaches')} />

      <Section title={t('foster.requirements.title')}>
        <RequirementsTable familyId={family.id} requirements={family.requirements} canManage={canManage} />
      </Section>

      <Section title={t('foster.documents.title')}>
        <FamilyDocuments family={family} canManage={canManage} />
      </Section>

      <Section title={t('foster.homeStudy.title')}>
        <HomeStudies familyId={family.id} reports={family.homeStudies} canManage={canManage && open} />
      </Section>

      {family.decidedOn ? (
        <Decision family={family} />
      ) : (
        canManage && open && <DecisionForm family={family} needsContract={needsContract} />
      )}
    </Stack>
  );
}

function FamilyDocuments({ family, canManage }: { family: FamilyDetail; canManage: boolean }) {
  const intl = useIntl();
  const upload = useOfficerUpload(family.id);
  return (
    <Stack gap="md">
      <FamilyDocumentsTable documents={family.documents} requirements={family.requirements} />
      {canManage && (
        <DocumentUploadForm
          requirements={family.requirements}
          upload={upload}
          title={intl.formatMessage({ id: 'foster.documents.addTitle' })}
          submitId="foster.documents.add"
        />
      )}
    </Stack>
  );
}

/** The assessment moves on (a step may be skipped, never undone). */
function StatusActions({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const change = useChangeStatus(family.id);
  const label = useFosterLabel();
  const current = ASSESSMENT.indexOf(family.status as (typeof ASSESSMENT)[number]);
  const next = ASSESSMENT.slice(current + 1) as Step[];
  if (next.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={intl.formatMessage({ id: 'foster.family.moveOn' })}>
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          <FormattedMessage id="foster.family.moveOn" />
        </Text>
        {next.map((status, i) => (
          <Button
            key={status}
            size="sm"
            variant={i === 0 ? 'filled' : 'default'}
            loading={change.isPending && change.variables?.status === status}
            onClick={() => change.mutate({ version: family.version, status })}
          >
            {label('moveTo', status)}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={change.error} reloadKey={null} />
    </Stack>
  );
}

function Decision({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const t = (id: string) => intl.formatMessage({ id });
  const approved = family.approvedAgeMin !== null;
  return (
    <Section title={t('foster.decision.title')}>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="dl" m={0}>
          <Fact label={t('foster.decision.outcome')}>{label('status', family.status)}</Fact>
          <Fact label={t('foster.decision.decidedOn')}>
            {family.decidedOn ? format.date(family.decidedOn) : ''}
          </Fact>
          {approved && (
            <>
              <Fact label={t('foster.decision.ages')}>
                <FormattedMessage
                  id="foster.decision.ageRange"
                  values={{ min: family.approvedAgeMin ?? 0, max: family.approvedAgeMax ?? 0 }}
                />
              </Fact>
              <Fact label={t('foster.decision.childrenMax')}>
                {format.number(family.approvedChildrenMax ?? 0)}
              </Fact>
              <Fact label={t('foster.decision.needs')}>
                {family.approvedNeeds.length
                  ? family.approvedNeeds.map((n) => label('need', n)).join(', ')
                  : t('common.none')}
              </Fact>
              <Fact label={t('foster.col.approvalExpires')}>
                {family.approvalExpiresOn ? format.date(family.approvalExpiresOn) : t('common.none')}
              </Fact>
              {family.contractNumber && (
                <Fact label={t('foster.decision.contractNumber')}>{family.contractNumber}</Fact>
              )}
              {family.certificateNumber && (
                <Fact label={t('foster.decision.certificateNumber')}>{family.certificateNumber}</Fact>
              )}
            </>
          )}
        </SimpleGrid>
        {family.decisionReason && (
          <Stack gap={2} mt="md">
            <Text size="sm" c="dimmed">
              <FormattedMessage id="foster.decision.reason" />
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{family.decisionReason}</Text>
          </Stack>
        )}
      </Paper>
    </Section>
  );
}
