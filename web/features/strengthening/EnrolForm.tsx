import { Alert, Anchor, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { serverFieldErrors, useSchemaForm } from '../../lib/form';
import { useFormat } from '../../lib/format';
import { type HouseholdDetail, type StrengtheningProgramme, useEnrol, useRecordConsent } from './api';
import {
  ConsentInputs,
  emptyConsent,
  ProgrammeSelect,
  useConsentLabel,
  useLocationProgrammes,
} from './ConsentFields';
import { enrolFormSchema } from './enrolment-schemas';
import { useFsOptions } from './shared';

/** A family that has left may be taken in again (after a new assessment). */
export function EnrolAgain({ household: h }: { household: HouseholdDetail }) {
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

/**
 * Enrolment after the assessment: the programme of the family's location, taking part now or
 * waiting for a place. Without a consent in force for it, the consent is recorded first, here.
 */
export function EnrolForm({ household: h }: { household: HouseholdDetail }) {
  const programmes = useLocationProgrammes(h.locationId);
  // The form starts on the location's first programme, so it waits for the list.
  if (!programmes) return null;
  return <EnrolFields household={h} programmes={programmes} />;
}

function EnrolFields({
  household: h,
  programmes,
}: {
  household: HouseholdDetail;
  programmes: StrengtheningProgramme[];
}) {
  const intl = useIntl();
  const options = useFsOptions();
  const consentLabel = useConsentLabel();
  const enrol = useEnrol(h.id);
  const recordConsent = useRecordConsent(h.id);
  const consentInForce = (programmeId: string) =>
    (h.consents ?? []).some((c) => c.active && c.programmeId === programmeId);
  const labels = (path: string) =>
    path === 'status' || path === 'on'
      ? intl.formatMessage({ id: `strengthening.enrol.${path === 'on' ? 'on' : 'as'}` })
      : consentLabel(path);
  const form = useSchemaForm(enrolFormSchema(consentInForce), {
    initialValues: {
      programmeId: programmes[0]?.id ?? '',
      status: 'enrolled',
      on: isoToday(),
      consent: emptyConsent(h),
    },
    labels,
  });
  const chosen = form.getValues().programmeId;
  const submit = form.submitWith(async ({ enrol: body, consent }) => {
    if (consent) {
      try {
        await recordConsent.mutateAsync({ programmeId: body.programmeId, ...consent });
      } catch (error) {
        // The consent's own fields are under `consent.` in this form.
        const fields = Object.entries(serverFieldErrors(error)).map(([k, v]) => [`consent.${k}`, v]);
        form.setErrors(Object.fromEntries(fields));
        return;
      }
    }
    await enrol.mutateAsync(body);
  });
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="fs-enrol-title">
      <Stack gap="sm">
        <Text fw={600} id="fs-enrol-title">
          <FormattedMessage id="strengthening.enrol.title" />
        </Text>
        <Assessed household={h} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ProgrammeSelect programmes={programmes} {...form.getInputProps('programmeId')} />
          <NativeSelect
            label={labels('status')}
            data={options('enrolAs', ['enrolled', 'waiting'])}
            {...form.getInputProps('status')}
          />
          <DateField w="100%" label={labels('on')} required {...form.getInputProps('on')} />
        </SimpleGrid>
        {chosen && !consentInForce(chosen) && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              <FormattedMessage id="strengthening.enrol.consentNeeded" />
            </Text>
            <ConsentInputs household={h} bind={(field) => form.getInputProps(`consent.${field}`)} />
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

/** When the family was last assessed, or that it must be assessed first. */
function Assessed({ household: h }: { household: HouseholdDetail }) {
  const format = useFormat();
  const assessed = h.assessments?.at(-1);
  if (assessed)
    return (
      <Text size="sm">
        <FormattedMessage
          id="strengthening.enrol.assessedOn"
          values={{ date: format.date(assessed.assessedOn) }}
        />
      </Text>
    );
  return (
    <Alert color="orange" role="note">
      <FormattedMessage id="strengthening.enrol.needsAssessment" />{' '}
      <Anchor component={Link} to="?tab=assessments">
        <FormattedMessage id="strengthening.enrol.toAssessment" />
      </Anchor>
    </Alert>
  );
}
