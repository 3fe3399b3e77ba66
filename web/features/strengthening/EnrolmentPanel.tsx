import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { SEPARATION_REASONS } from '../../../common/cases';
import { EXIT_OUTCOMES, EXIT_REASONS, type ExitOutcome } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useFormat, useLocalized } from '../../lib/format';
import { personName } from '../../lib/person-name';
import {
  type EnrolmentView,
  type HouseholdDetail,
  useAdmit,
  useEnrol,
  useExit,
  useRecordConsent,
  useStrengtheningProgrammes,
} from './api';
import { type ConsentFields, ConsentInputs, emptyConsent } from './ConsentPanel';
import { EnrolmentBadge, Section, useFsLabel, useFsOptions } from './shared';

/** The family's enrolments, and what can be done next: enrol after an assessment, admit, exit. */
export function EnrolmentPanel({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const open = h.enrolments.find((e) => e.status !== 'exited');
  return (
    <Section title={intl.formatMessage({ id: 'strengthening.enrolment.title' })} id="fs-enrolment">
      {h.enrolments.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="strengthening.enrolment.none" />
        </Text>
      ) : (
        <EnrolmentTable household={h} />
      )}
      {h.access.canWrite &&
        !open &&
        (h.enrolments.length ? <EnrolAgain household={h} /> : <EnrolForm household={h} />)}
      {h.access.canWrite && open?.status === 'waiting' && <AdmitForm enrolment={open} />}
      {h.access.canWrite && open && <ExitForm household={h} enrolment={open} />}
    </Section>
  );
}

function EnrolmentTable({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const label = useFsLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'strengthening.field.programme',
              'strengthening.field.status',
              'strengthening.enrolment.appliedOn',
              'strengthening.enrolment.enrolledOn',
              'strengthening.enrolment.exitedOn',
              'strengthening.enrolment.outcome',
              'strengthening.field.worker',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {h.enrolments.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{localized(e.programmeName)}</Table.Td>
              <Table.Td>
                <EnrolmentBadge status={e.status} />
              </Table.Td>
              <Table.Td>{format.date(e.appliedOn)}</Table.Td>
              <Table.Td>{e.enrolledOn ? format.date(e.enrolledOn) : none}</Table.Td>
              <Table.Td>{e.exitedOn ? format.date(e.exitedOn) : none}</Table.Td>
              <Table.Td>
                {e.outcome ? (
                  <Stack gap={2}>
                    <Text size="sm">
                      {label('outcome', e.outcome)}
                      {e.exitReason && ` · ${label('exitReason', e.exitReason)}`}
                    </Text>
                    {e.exitNote && (
                      <Text size="xs" c="dimmed">
                        {e.exitNote}
                      </Text>
                    )}
                    {e.separations.map((s) => (
                      <Text size="xs" key={s.childId}>
                        <FormattedMessage
                          id={
                            s.caseOpened ? 'strengthening.exit.caseOpened' : 'strengthening.exit.caseLinked'
                          }
                          values={{ name: s.childName }}
                        />{' '}
                        <Anchor component={Link} to={`/cases/${s.caseId}`}>
                          {s.caseNumber}
                        </Anchor>
                      </Text>
                    ))}
                  </Stack>
                ) : (
                  none
                )}
              </Table.Td>
              <Table.Td>{e.workerName ?? none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Enrolment after the assessment: the programme of the family's location, taking part now or
 * waiting for a place. Without a consent in force for it, the consent is recorded first, here.
 */
function EnrolForm({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const options = useFsOptions();
  const programmes = useStrengtheningProgrammes();
  const enrol = useEnrol(h.id);
  const recordConsent = useRecordConsent(h.id);
  const atLocation = (programmes.data ?? []).filter((p) => p.locationId === h.locationId);
  const [programmeId, setProgrammeId] = useState('');
  const [status, setStatus] = useState<'enrolled' | 'waiting'>('enrolled');
  const [on, setOn] = useState(isoToday());
  const [consent, setConsent] = useState<ConsentFields>(() => emptyConsent(h));
  const chosen = programmeId || atLocation[0]?.id || '';
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const assessed = h.assessments?.at(-1);
  const hasConsent = (h.consents ?? []).some((c) => c.active && c.programmeId === chosen);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      if (!hasConsent) await recordConsent.mutateAsync({ programmeId: chosen, ...consent });
      await enrol.mutateAsync({ programmeId: chosen, status, on });
    } catch {
      // Shown by the alert.
    }
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="fs-enrol-title">
      <Stack gap="sm">
        <Text fw={600} id="fs-enrol-title">
          <FormattedMessage id="strengthening.enrol.title" />
        </Text>
        {assessed ? (
          <Text size="sm">
            <FormattedMessage
              id="strengthening.enrol.assessedOn"
              values={{ date: format.date(assessed.assessedOn) }}
            />
          </Text>
        ) : (
          <Alert color="orange" role="note">
            <FormattedMessage id="strengthening.enrol.needsAssessment" />{' '}
            <Anchor component={Link} to="?tab=assessments">
              <FormattedMessage id="strengthening.enrol.toAssessment" />
            </Anchor>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('strengthening.field.programme')}
            required
            value={chosen}
            onChange={(e) => setProgrammeId(e.currentTarget.value)}
            data={atLocation.map((p) => ({ value: p.id, label: localized(p.name) }))}
          />
          <NativeSelect
            label={t('strengthening.enrol.as')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as 'enrolled' | 'waiting')}
            data={options('enrolAs', ['enrolled', 'waiting'])}
          />
          <DateField
            w="100%"
            label={t('strengthening.enrol.on')}
            required
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
        </SimpleGrid>
        {chosen && !hasConsent && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              <FormattedMessage id="strengthening.enrol.consentNeeded" />
            </Text>
            <ConsentInputs household={h} value={consent} onChange={setConsent} />
          </Stack>
        )}
        <ErrorAlert error={recordConsent.error ?? enrol.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={enrol.isPending || recordConsent.isPending} disabled={!chosen}>
            <FormattedMessage id="strengthening.enrol.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A family that has left may be taken in again (after a new assessment). */
function EnrolAgain({ household: h }: { household: HouseholdDetail }) {
  const [open, setOpen] = useState(false);
  if (open) return <EnrolForm household={h} />;
  return (
    <Group>
      <Button variant="default" size="xs" onClick={() => setOpen(true)}>
        <FormattedMessage id="strengthening.enrol.again" />
      </Button>
    </Group>
  );
}

function AdmitForm({ enrolment }: { enrolment: EnrolmentView }) {
  const intl = useIntl();
  const admit = useAdmit();
  const [on, setOn] = useState(isoToday());
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await admit.mutateAsync({ id: enrolment.id, version: enrolment.version, enrolledOn: on });
    } catch {
      // Shown by the alert.
    }
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={admit.error} />
        <Group align="end" gap="sm">
          <DateField
            label={intl.formatMessage({ id: 'strengthening.enrolment.enrolledOn' })}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
          <Button type="submit" loading={admit.isPending}>
            <FormattedMessage id="strengthening.admit.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * The family leaves the programme. "Child separated" names the children and why: their cases
 * are opened (or the open one linked) when this is saved.
 */
function ExitForm({ household: h, enrolment }: { household: HouseholdDetail; enrolment: EnrolmentView }) {
  const intl = useIntl();
  const options = useFsOptions();
  const exit = useExit();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<ExitOutcome>('graduated_self_reliant');
  const [exitedOn, setExitedOn] = useState(isoToday());
  const [reason, setReason] = useState<(typeof EXIT_REASONS)[number] | ''>('');
  const [note, setNote] = useState('');
  const [childIds, setChildIds] = useState<string[]>([]);
  const [reasons, setReasons] = useState<(typeof SEPARATION_REASONS)[number][]>([]);
  const [description, setDescription] = useState('');
  const t = (id: string) => intl.formatMessage({ id });
  const children = h.members.filter((m) => m.relationship === 'child');
  if (!open)
    return (
      <Group>
        <Button variant="default" color="red" size="xs" onClick={() => setOpen(true)}>
          <FormattedMessage id="strengthening.exit.open" />
        </Button>
      </Group>
    );
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await exit.mutateAsync({
        id: enrolment.id,
        version: enrolment.version,
        exitedOn,
        outcome,
        reason: outcome === 'exited_other' && reason ? reason : null,
        note,
        separation: outcome === 'child_separated' ? { childIds, reasons, description } : null,
      });
      setOpen(false);
    } catch {
      // Shown by the alert.
    }
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="fs-exit-title">
      <Stack gap="sm">
        <Text fw={600} id="fs-exit-title">
          <FormattedMessage id="strengthening.exit.title" />
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('strengthening.enrolment.outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value as ExitOutcome)}
            data={options('outcome', EXIT_OUTCOMES)}
          />
          <DateField
            w="100%"
            label={t('strengthening.enrolment.exitedOn')}
            required
            value={exitedOn}
            onChange={(e) => setExitedOn(e.currentTarget.value)}
          />
          {outcome === 'exited_other' && (
            <NativeSelect
              label={t('strengthening.exit.reason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value as typeof reason)}
              data={options('exitReason', EXIT_REASONS, 'choose')}
            />
          )}
        </SimpleGrid>
        {outcome === 'graduated_self_reliant' && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="strengthening.exit.graduateHint" />
          </Text>
        )}
        {outcome === 'child_separated' && (
          <Stack gap="sm">
            <Alert color="orange" role="note">
              <FormattedMessage id="strengthening.exit.separationHint" />
            </Alert>
            <Checkbox.Group
              label={t('strengthening.exit.children')}
              required
              value={childIds}
              onChange={setChildIds}
            >
              <Stack gap={4} mt={4}>
                {children.map((c) => (
                  <Checkbox key={c.personId} value={c.personId} label={personName(c)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Checkbox.Group
              label={t('strengthening.exit.reasons')}
              required
              value={reasons}
              onChange={(v) => setReasons(v as typeof reasons)}
            >
              <Stack gap={4} mt={4}>
                {SEPARATION_REASONS.map((r) => (
                  <Checkbox key={r} value={r} label={t(`cases.reason.${r}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label={t('strengthening.exit.description')}
              autosize
              minRows={2}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
            />
          </Stack>
        )}
        <Textarea
          label={t('strengthening.exit.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <ErrorAlert error={exit.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" color="red" loading={exit.isPending}>
            <FormattedMessage id="strengthening.exit.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
