import { NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { INQUIRY_SOURCES } from '../../../common/contracts/recruitment';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useLocalized } from '../../lib/format';
import { useLocations } from '../../lib/organisation';
import type { RecruitmentLists } from './api';
import { type AddRecruitment, FormCard, withNone } from './RecruitmentFormCard';
import { EVENT_KINDS, eventKinds } from './recruitment-labels';
import { eventFormSchema, inquiryFormSchema } from './recruitment-schemas';

type Props = { save: AddRecruitment; lists: RecruitmentLists };

/** An outreach event held, with the campaign or ambassador behind it; the form empties once saved. */
export function EventForm({ save, lists }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const labels = {
    kind: t('recruitment.kind'),
    heldOn: t('recruitment.heldOn'),
    place: t('recruitment.place'),
    campaignId: t('funnel.by.campaign'),
    ambassadorId: t('funnel.by.ambassador'),
    attendees: t('recruitment.attendees'),
  };
  const form = useSchemaForm(eventFormSchema, {
    initialValues: {
      country: 'AZ',
      kind: 'awareness_meeting',
      heldOn: isoToday(),
      place: '',
      campaignId: '',
      ambassadorId: '',
      attendees: 0,
    },
    labels,
  });
  const field = form.getInputProps;
  return (
    <FormCard
      title={t('recruitment.newEvent')}
      onSubmit={form.submitWith(async (body) => {
        await save.mutateAsync({ url: '/api/foster/events', body });
        form.reset();
      })}
      saving={save.isPending}
      ready={Boolean(form.getValues().heldOn)}
    >
      <NativeSelect
        label={labels.kind}
        data={eventKinds.map((k) => ({ value: k, label: t(EVENT_KINDS[k]) }))}
        {...field('kind')}
      />
      <DateField label={labels.heldOn} required w="100%" {...field('heldOn')} />
      <TextInput label={labels.place} maxLength={200} {...field('place')} />
      <NativeSelect label={labels.campaignId} data={withNone(lists.campaigns)} {...field('campaignId')} />
      <NativeSelect
        label={labels.ambassadorId}
        data={withNone(lists.ambassadors)}
        {...field('ambassadorId')}
      />
      <NumberInput
        label={labels.attendees}
        min={0}
        max={100_000}
        allowDecimal={false}
        allowNegative={false}
        {...field('attendees')}
      />
    </FormCard>
  );
}

/** A family's first contact, where it came from and at which office. */
export function InquiryForm({ save, lists }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const localized = useLocalized();
  // The offices in the officer's scope: where an inquiry came in, so the funnel counts it there.
  const locations = useLocations();
  const labels = {
    contactName: t('recruitment.contact'),
    phone: t('recruitment.phone'),
    source: t('recruitment.source'),
    campaignId: t('funnel.by.campaign'),
    ambassadorId: t('funnel.by.ambassador'),
    locationId: t('foster.location.label'),
    receivedOn: t('recruitment.receivedOn'),
  };
  const form = useSchemaForm(inquiryFormSchema, {
    initialValues: {
      country: 'AZ',
      contactName: '',
      phone: '',
      source: 'website',
      campaignId: '',
      ambassadorId: '',
      locationId: '',
      receivedOn: isoToday(),
    },
    labels,
  });
  const field = form.getInputProps;
  const offices = (locations.data ?? []).map((l) => ({ id: l.id, name: localized(l.name) }));
  return (
    <FormCard
      title={t('recruitment.newInquiry')}
      onSubmit={form.submitWith((body) => save.mutateAsync({ url: '/api/foster/inquiries', body }))}
      saving={save.isPending}
      ready={form.getValues().contactName.trim().length >= 2}
    >
      <TextInput label={labels.contactName} required {...field('contactName')} />
      <TextInput label={labels.phone} {...field('phone')} />
      <NativeSelect
        label={labels.source}
        data={INQUIRY_SOURCES.map((s) => ({ value: s, label: t(`funnel.source.${s}`) }))}
        {...field('source')}
      />
      <NativeSelect label={labels.campaignId} data={withNone(lists.campaigns)} {...field('campaignId')} />
      <NativeSelect
        label={labels.ambassadorId}
        data={withNone(lists.ambassadors)}
        {...field('ambassadorId')}
      />
      <NativeSelect label={labels.locationId} data={withNone(offices)} {...field('locationId')} />
      <DateField label={labels.receivedOn} w="100%" {...field('receivedOn')} />
    </FormCard>
  );
}
