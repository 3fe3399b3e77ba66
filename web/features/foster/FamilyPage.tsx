import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { placeLabel } from '../../../common/places/places';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/ui/QueryState';
import { useLocale } from '../../i18n/I18nProvider';
import { isoToday, localDay } from '../../lib/dates';
import { useFormat, useLocalized } from '../../lib/format';
import { useLocations } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import {
  type FamilyDetail,
  useChangeLocation,
  useChangeStatus,
  useFosterFamily,
  useOfficerUpload,
  useRuleSets,
} from './api';
import { DecisionForm } from './DecisionForm';
import { DistrictForm } from './DistrictForm';
import { DocumentUploadForm, FamilyDocumentsTable } from './Documents';
import { HomeStudies } from './HomeStudies';
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

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function Facts({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const localized = useLocalized();
  const { locale } = useLocale();
  const t = (id: string) => intl.formatMessage({ id });
  const none = t('common.none');
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0}>
        <Fact label={t('foster.col.applicants')}>{family.applicants || none}</Fact>
        <Fact label={t('foster.field.country')}>{label('country', family.country)}</Fact>
        <Fact label={t(family.country === 'TR' ? 'foster.field.province' : 'foster.field.district')}>
          {family.districtCode ? placeLabel(family.districtCode, locale) : none}
          {family.district && ` (${t('foster.district.written')}: ${family.district})`}
        </Fact>
        <Fact label={t('foster.location.label')}>
          <span data-testid="foster-location">{localized(family.locationName) || none}</span>
        </Fact>
        <Fact label={t('foster.col.submitted')}>{format.date(localDay(family.submittedAt))}</Fact>
        <Fact label={t('foster.field.household')}>
          {t(family.twoParent ? 'foster.apply.twoParent' : 'foster.apply.oneParent')}
        </Fact>
        <Fact label={t('foster.field.address')}>{family.address}</Fact>
        <Fact label={t('foster.field.phone')}>
          <Anchor href={`tel:${family.phone.replace(/[^+0-9]/g, '')}`}>{family.phone}</Anchor>
        </Fact>
        <Fact label={t('foster.field.email')}>
          {family.email ? <Anchor href={`mailto:${family.email}`}>{family.email}</Anchor> : none}
        </Fact>
        <Fact label={t('foster.field.languages')}>
          {family.languages.length ? family.languages.map((l) => label('lang', l)).join(', ') : none}
        </Fact>
        <Fact label={t('foster.col.openRequirements')}>{format.number(family.openRequirements)}</Fact>
        <Fact label={t('foster.col.approvalExpires')}>
          {family.approvalExpiresOn ? format.date(family.approvalExpiresOn) : none}
        </Fact>
      </SimpleGrid>
      {family.motivation && (
        <Stack gap={2} mt="md">
          <Text size="sm" c="dimmed">
            <FormattedMessage id="foster.field.motivation" />
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{family.motivation}</Text>
        </Stack>
      )}
    </Paper>
  );
}

function Members({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  const yesNo = (v: boolean) => intl.formatMessage({ id: v ? 'foster.yes' : 'foster.no' });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'foster.col.name',
              'foster.col.role',
              'foster.field.birthDate',
              'foster.field.education',
              'foster.field.regularIncome',
              'foster.field.citizenship',
              'foster.field.residence',
              'foster.col.checks',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {family.members.map((m) => {
            const adult = m.role !== 'child';
            return (
              <Table.Tr key={m.id}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{label('role', m.role)}</Table.Td>
                <Table.Td>{m.birthDate ? format.date(m.birthDate) : none}</Table.Td>
                <Table.Td>{adult ? label('education', m.education) : none}</Table.Td>
                <Table.Td>{adult ? yesNo(m.regularIncome) : none}</Table.Td>
                <Table.Td>{m.citizenship ? label('country', m.citizenship) : none}</Table.Td>
                <Table.Td>{m.residence ? label('country', m.residence) : none}</Table.Td>
                <Table.Td>{adult ? label('check', m.checkStatus) : none}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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

/**
 * The office whose area the family lives in (matching scores nearness to the child's home by
 * it), saved with the version read; a 409 shows who changed it and the family is read again.
 */
function LocationForm({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const localized = useLocalized();
  const locations = useLocations();
  const change = useChangeLocation(family.id);
  const [chosen, setChosen] = useState(family.locationId ?? '');
  const [stored, setStored] = useState(family.locationId);
  const [saved, setSaved] = useState(false);
  // When the family is read again (saved here, or changed by someone else), show what is stored.
  if (stored !== family.locationId) {
    setStored(family.locationId);
    setChosen(family.locationId ?? '');
  }
  const options = (locations.data ?? []).map((l) => ({ value: l.id, label: localized(l.name) }));
  // A location outside the officer's scope is still shown as the one stored.
  if (family.locationId && !options.some((o) => o.value === family.locationId))
    options.push({ value: family.locationId, label: localized(family.locationName) });

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await change.mutateAsync({ version: family.version, locationId: chosen || null });
      setSaved(true);
    } catch {
      // ErrorAlert shows the message (409: who changed the family meanwhile).
    }
  }

  return (
    <form onSubmit={save} aria-label={intl.formatMessage({ id: 'foster.location.formLabel' })}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={intl.formatMessage({ id: 'foster.location.label' })}
            description={intl.formatMessage({ id: 'foster.location.hint' })}
            value={chosen}
            data={[{ value: '', label: intl.formatMessage({ id: 'foster.location.none' }) }, ...options]}
            onChange={(e) => {
              setChosen(e.currentTarget.value);
              setSaved(false);
            }}
            w={{ base: '100%', xs: 440 }}
            data-testid="foster-location-select"
          />
          <Button
            type="submit"
            variant="default"
            loading={change.isPending}
            disabled={chosen === (family.locationId ?? '')}
          >
            <FormattedMessage id="foster.location.save" />
          </Button>
        </Group>
        {saved && !change.error && (
          <Text size="sm" c="teal" role="status">
            <FormattedMessage id="foster.location.saved" />
          </Text>
        )}
        <ErrorAlert error={change.error} reloadKey={null} />
        <ErrorAlert error={locations.error} reloadKey={null} />
      </Stack>
    </form>
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
