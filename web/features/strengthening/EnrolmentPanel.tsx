import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useFormat, useLocalized } from '../../lib/format';
import { type EnrolmentView, type HouseholdDetail, useAdmit } from './api';
import { EnrolAgain, EnrolForm } from './EnrolForm';
import { ExitForm } from './ExitForm';
import { admitFormSchema } from './enrolment-schemas';
import { EnrolmentBadge, Section, useFsLabel } from './shared';

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

/** Admission from the waiting list: from which day the family takes part. */
function AdmitForm({ enrolment }: { enrolment: EnrolmentView }) {
  const intl = useIntl();
  const admit = useAdmit();
  const label = intl.formatMessage({ id: 'strengthening.enrolment.enrolledOn' });
  const form = useSchemaForm(admitFormSchema, {
    initialValues: { enrolledOn: isoToday() },
    labels: { enrolledOn: label },
  });
  const submit = form.submitWith((body) =>
    admit.mutateAsync({ id: enrolment.id, version: enrolment.version, ...body }),
  );
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={admit.error} />
        <Group align="end" gap="sm">
          <DateField label={label} {...form.getInputProps('enrolledOn')} />
          <Button type="submit" loading={admit.isPending}>
            <FormattedMessage id="strengthening.admit.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
