import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CANCELLED_BY, CONTACT_KINDS, CONTACT_STATUSES } from '../../../common/cases';
import { type ContactBody, contactBodySchema } from '../../../common/contracts/cases';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useFamily, useRecordContact } from './api';
import { DateField, EnumSelect, ErrorAlert, isoToday, personName, useEnumLabel } from './shared';

const empty = (): ContactBody => ({
  contactOn: isoToday(),
  familyMemberId: null,
  withWhom: '',
  kind: 'visit',
  supervised: false,
  status: 'held',
  cancelledBy: null,
  childReaction: '',
});

/** Logs a contact with the family of origin. */
export function ContactForm({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const family = useFamily(caseId);
  const record = useRecordContact(caseId);
  const [form, setForm] = useState<ContactBody>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = (id: string) => intl.formatMessage({ id: `cases.contact.${id}` });
  const labels = Object.fromEntries(Object.keys(empty()).map((k) => [k, t(k)]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = contactBodySchema.safeParse({
      ...form,
      cancelledBy: form.status === 'cancelled' ? form.cancelledBy : null,
    });
    setErrors(clientFieldErrors(intl, checked, labels));
    if (!checked.success) return;
    try {
      await record.mutateAsync(checked.data);
      setForm(empty());
    } catch (e) {
      setErrors(serverFieldErrors(e));
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby="contact-form-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="contact-form-title">
            <FormattedMessage id="cases.contact.new" />
          </Title>
          <ErrorAlert error={record.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={labels.contactOn}
              required
              value={form.contactOn}
              error={errors.contactOn}
              onChange={(e) => setForm({ ...form, contactOn: e.currentTarget.value })}
            />
            <NativeSelect
              label={labels.familyMemberId}
              value={form.familyMemberId ?? ''}
              onChange={(e) => setForm({ ...form, familyMemberId: e.currentTarget.value || null })}
              data={[
                { value: '', label: intl.formatMessage({ id: 'cases.contact.someoneElse' }) },
                ...(family.data ?? []).map((m) => ({
                  value: m.id,
                  label: `${personName(m.person)} (${label('relationship', m.relationship)})`,
                })),
              ]}
            />
            <TextInput
              label={labels.withWhom}
              value={form.withWhom ?? ''}
              error={errors.withWhom}
              onChange={(e) => setForm({ ...form, withWhom: e.currentTarget.value })}
            />
            <EnumSelect
              label={labels.kind}
              group="contactKind"
              values={CONTACT_KINDS}
              value={form.kind}
              onChange={(v) => setForm({ ...form, kind: v as ContactBody['kind'] })}
            />
            <EnumSelect
              label={labels.status}
              group="contactStatus"
              values={CONTACT_STATUSES}
              value={form.status}
              onChange={(v) => setForm({ ...form, status: v as ContactBody['status'] })}
            />
            {form.status === 'cancelled' && (
              <EnumSelect
                label={labels.cancelledBy}
                required
                group="cancelledBy"
                values={CANCELLED_BY}
                empty="choose"
                value={form.cancelledBy ?? ''}
                error={errors.cancelledBy}
                onChange={(v) => setForm({ ...form, cancelledBy: (v || null) as ContactBody['cancelledBy'] })}
              />
            )}
          </SimpleGrid>
          <Checkbox
            label={labels.supervised}
            checked={form.supervised ?? false}
            onChange={(e) => setForm({ ...form, supervised: e.currentTarget.checked })}
          />
          <Textarea
            label={labels.childReaction}
            autosize
            minRows={2}
            value={form.childReaction ?? ''}
            error={errors.childReaction}
            onChange={(e) => setForm({ ...form, childReaction: e.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending}>
              <FormattedMessage id="cases.contact.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
