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
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { CANCELLED_BY, CONTACT_KINDS, CONTACT_STATUSES } from '../../../common/cases';
import { type ContactBody, contactBodySchema } from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { isoToday } from '../../lib/dates';
import { useEnumLabel } from '../../lib/enum-labels';
import { useSchemaForm } from '../../lib/form';
import { personName } from '../../lib/person-name';
import { useFamily, useRecordContact } from './api';
import { bindingsAt } from './form-bindings';

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

/** The contact as typed: who cancelled it counts only if it was cancelled. */
const contactFormSchema = z.preprocess(
  (form: ContactBody) => ({ ...form, cancelledBy: form.status === 'cancelled' ? form.cancelledBy : null }),
  contactBodySchema,
);

/** Logs a contact with the family of origin. */
export function ContactForm({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const family = useFamily(caseId);
  const record = useRecordContact(caseId);
  const t = (id: string) => intl.formatMessage({ id: `cases.contact.${id}` });
  const labels = Object.fromEntries(Object.keys(empty()).map((k) => [k, t(k)]));
  const form = useSchemaForm(contactFormSchema, { initialValues: empty(), labels });
  const at = bindingsAt(form, '');
  const cancelled = form.getValues().status === 'cancelled';

  return (
    <Card withBorder component="section" aria-labelledby="contact-form-title">
      <form
        onSubmit={form.submitWith(async (contact) => {
          await record.mutateAsync(contact);
          form.setValues(empty());
          form.resetDirty(empty());
        })}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id="contact-form-title">
            <FormattedMessage id="cases.contact.new" />
          </Title>
          <ErrorAlert error={record.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label={labels.contactOn} required {...at.input('contactOn')} />
            <NativeSelect
              label={labels.familyMemberId}
              {...at.optionalChoice('familyMemberId')}
              data={[
                { value: '', label: intl.formatMessage({ id: 'cases.contact.someoneElse' }) },
                ...(family.data ?? []).map((m) => ({
                  value: m.id,
                  label: `${personName(m.person)} (${label('relationship', m.relationship)})`,
                })),
              ]}
            />
            <TextInput label={labels.withWhom} {...at.input('withWhom')} />
            <EnumSelect
              label={labels.kind}
              group="contactKind"
              values={CONTACT_KINDS}
              {...at.input('kind')}
            />
            <EnumSelect
              label={labels.status}
              group="contactStatus"
              values={CONTACT_STATUSES}
              {...at.input('status')}
            />
            {cancelled && (
              <EnumSelect
                label={labels.cancelledBy}
                required
                group="cancelledBy"
                values={CANCELLED_BY}
                empty="choose"
                {...at.optionalChoice('cancelledBy')}
              />
            )}
          </SimpleGrid>
          <Checkbox label={labels.supervised} {...at.checkbox('supervised')} />
          <Textarea label={labels.childReaction} autosize minRows={2} {...at.input('childReaction')} />
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
