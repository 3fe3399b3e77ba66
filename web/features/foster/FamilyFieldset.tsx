import {
  Checkbox,
  Fieldset,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useIntl } from 'react-intl';
import { COUNTRIES } from '../../../common/foster';
import { AddressFields } from '../../components/fields/AddressFields';
import { type ApplyForm, changeCountry, changeTwoParent } from './apply-form';
import { HOME_LANGUAGES, useFosterLabel } from './shared';

/** The household: where it lives, how to reach it, its languages and why it applies. */
export function FamilyFieldset({ form }: { form: ApplyForm }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const label = useFosterLabel();
  const values = form.getValues();
  return (
    <Fieldset legend={t('foster.apply.family')}>
      <Stack>
        <NativeSelect
          label={t('foster.field.country')}
          description={t('foster.apply.countryHint')}
          required
          data={COUNTRIES.map((c) => ({ value: c, label: label('country', c) }))}
          {...form.getInputProps('country')}
          onChange={(e) => changeCountry(form, e.currentTarget.value)}
        />
        <Radio.Group
          label={t('foster.field.household')}
          required
          value={values.twoParent ? 'two' : 'one'}
          onChange={(v) => changeTwoParent(form, v === 'two')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="one" label={t('foster.apply.oneParent')} />
            <Radio value="two" label={t('foster.apply.twoParent')} />
          </Stack>
        </Radio.Group>
        <AddressFields
          address={{ label: t('foster.field.address'), ...form.getInputProps('address') }}
          place={{
            label: t(values.country === 'TR' ? 'foster.field.province' : 'foster.field.district'),
            country: values.country,
            ...form.getInputProps('districtCode'),
            value: values.districtCode ?? null,
            onChange: (code) => form.setFieldValue('districtCode', code),
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('foster.field.phone')}
            description={t('foster.apply.phoneHint')}
            required
            type="tel"
            autoComplete="tel"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('foster.field.email')}
            type="email"
            autoComplete="email"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <Checkbox.Group label={t('foster.field.languages')} {...form.getInputProps('languages')}>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs" spacing="xs">
            {HOME_LANGUAGES.map((l) => (
              <Checkbox key={l} value={l} label={label('lang', l)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label={t('foster.field.motivation')}
          description={t('foster.apply.motivationHint')}
          autosize
          minRows={3}
          maxLength={4000}
          {...form.getInputProps('motivation')}
        />
      </Stack>
    </Fieldset>
  );
}
