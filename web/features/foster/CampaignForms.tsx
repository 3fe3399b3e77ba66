import { NativeSelect, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { ambassadorBodySchema, campaignBodySchema } from '../../../common/contracts/recruitment';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { type AddRecruitment, FormCard } from './RecruitmentFormCard';

const CAMPAIGN_KINDS = campaignBodySchema.shape.kind.options;

/** A new recruitment campaign. */
export function CampaignForm({ save }: { save: AddRecruitment }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const labels = {
    name: t('recruitment.name'),
    kind: t('recruitment.kind'),
    startsOn: t('recruitment.startsOn'),
  };
  const form = useSchemaForm(campaignBodySchema, {
    initialValues: { country: 'AZ', name: '', kind: 'awareness', startsOn: isoToday() },
    labels,
  });
  return (
    <FormCard
      title={t('recruitment.newCampaign')}
      onSubmit={form.submitWith((body) => save.mutateAsync({ url: '/api/foster/campaigns', body }))}
      saving={save.isPending}
      ready={form.getValues().name.trim().length >= 2}
    >
      <TextInput label={labels.name} required {...form.getInputProps('name')} />
      <NativeSelect
        label={labels.kind}
        data={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`recruitment.kind.${k}`) }))}
        {...form.getInputProps('kind')}
      />
      <DateField label={labels.startsOn} w="100%" {...form.getInputProps('startsOn')} />
    </FormCard>
  );
}

/** A new volunteer ambassador. */
export function AmbassadorForm({ save }: { save: AddRecruitment }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const labels = {
    name: t('recruitment.name'),
    province: t('recruitment.province'),
    joinedOn: t('recruitment.joinedOn'),
  };
  const form = useSchemaForm(ambassadorBodySchema, {
    initialValues: { country: 'AZ', name: '', province: '', joinedOn: isoToday() },
    labels,
  });
  return (
    <FormCard
      title={t('recruitment.newAmbassador')}
      onSubmit={form.submitWith((body) => save.mutateAsync({ url: '/api/foster/ambassadors', body }))}
      saving={save.isPending}
      ready={form.getValues().name.trim().length >= 2}
    >
      <TextInput label={labels.name} required {...form.getInputProps('name')} />
      <TextInput label={labels.province} {...form.getInputProps('province')} />
      <DateField label={labels.joinedOn} w="100%" {...form.getInputProps('joinedOn')} />
    </FormCard>
  );
}
