import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { REFERRAL_SOURCES, SEPARATION_REASONS } from '../../../common/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { type SchemaForm, useSchemaForm } from '../../lib/form';
import { useLocalized } from '../../lib/format';
import { useLocations, useProgrammes } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useRegisterReferral } from './api';
import { useChildLabels } from './ChildFields';
import { useMemberLabels } from './FamilyMemberFields';
import { ReferralChildren, ReferralFamily } from './ReferralPeople';
import { EMPTY_REFERRAL, referralFormSchema, referralLabels, refusedCount } from './referral-form';

function useReferralLabels() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return {
    receivedOn: t('cases.referral.receivedOn'),
    source: t('cases.referral.source'),
    sourceDetail: t('cases.referral.sourceDetail'),
    reasons: t('cases.referral.reasons'),
    description: t('cases.referral.description'),
    locationId: t('cases.field.location'),
    programmeId: t('cases.field.programme'),
  };
}

export function NewReferralPage() {
  usePageTitle('cases.referral.title');
  const navigate = useNavigate();
  const labels = useReferralLabels();
  const childLabels = useChildLabels();
  const memberLabels = useMemberLabels();
  const register = useRegisterReferral();
  const form = useSchemaForm(referralFormSchema, {
    initialValues: EMPTY_REFERRAL(),
    labels: referralLabels(labels, childLabels, memberLabels),
    emptyMessages: { locationId: 'cases.referral.chooseLocation', source: 'cases.referral.chooseSource' },
  });
  const refused = refusedCount(form.errors);

  return (
    <form
      onSubmit={form.submitWith(async (body) => {
        const result = await register.mutateAsync(body);
        navigate(`/cases/${result.cases[0]?.id}`);
      })}
      noValidate
    >
      <Stack maw={1000}>
        <Title order={1}>
          <FormattedMessage id="cases.referral.title" />
        </Title>
        {refused > 0 && !register.isError && (
          <Alert color="red" role="alert">
            <FormattedMessage id="error.validation_failed" values={{ count: refused }} />
          </Alert>
        )}
        <ErrorAlert error={register.error} />
        <ReferralSection form={form} labels={labels} />
        <ReferralChildren form={form} />
        <ReferralFamily form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate(-1)}>
            <FormattedMessage id="cases.cancel" />
          </Button>
          <Button type="submit" loading={register.isPending}>
            <FormattedMessage id="cases.referral.submit" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** When and from whom the referral came, why, and which office and programme take it. */
function ReferralSection({
  form,
  labels,
}: {
  form: SchemaForm<typeof referralFormSchema>;
  labels: ReturnType<typeof useReferralLabels>;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const localized = useLocalized();
  const { locationId } = form.getValues();
  const locations = useLocations();
  const programmes = useProgrammes({ locationId: locationId || undefined });
  // Programmes belong to an office: another office's choice would be refused.
  form.watch('locationId', () => form.setFieldValue('programmeId', ''));
  const choose = { value: '', label: t('cases.choose') };
  return (
    <Fieldset legend={t('cases.referral.section')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label={labels.receivedOn} required {...form.getInputProps('receivedOn')} />
        <EnumSelect
          label={labels.source}
          group="source"
          values={REFERRAL_SOURCES}
          required
          {...form.getInputProps('source')}
        />
        <TextInput label={labels.sourceDetail} {...form.getInputProps('sourceDetail')} />
        <NativeSelect
          label={labels.locationId}
          required
          {...form.getInputProps('locationId')}
          data={[choose, ...(locations.data ?? []).map((l) => ({ value: l.id, label: localized(l.name) }))]}
        />
        <NativeSelect
          label={labels.programmeId}
          disabled={!locationId}
          {...form.getInputProps('programmeId')}
          data={[choose, ...(programmes.data ?? []).map((p) => ({ value: p.id, label: localized(p.name) }))]}
        />
      </SimpleGrid>
      <Checkbox.Group mt="md" label={labels.reasons} withAsterisk {...form.getInputProps('reasons')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          {SEPARATION_REASONS.map((r) => (
            <Checkbox key={r} value={r} label={t(`cases.reason.${r}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea
        mt="md"
        label={labels.description}
        autosize
        minRows={3}
        {...form.getInputProps('description')}
      />
    </Fieldset>
  );
}
