import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { EDUCATION_LEVELS } from '../../../common/foster';
import { DateField } from '../../components/fields/DateField';
import { PersonNameFields } from '../../components/fields/PersonNameFields';
import { isoToday } from '../../lib/dates';
import { type ApplyForm, MAX_ADULTS, newAdult } from './apply-form';
import { RemovePerson } from './RemovePerson';
import { PERSON_COUNTRIES, useFosterLabel } from './shared';

/** The adults of the household, one fieldset each, the first being the applicant. */
export function AdultsSection({ form }: { form: ApplyForm }) {
  const { adults, country } = form.getValues();
  const listError = form.errors.adults;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        <FormattedMessage id="foster.apply.adults" />
      </Title>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="foster.apply.adultsHint" />
      </Text>
      {listError && (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      )}
      {adults.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: adults have no identity before they are sent
        <AdultFieldset key={index} form={form} index={index} removable={adults.length > 1} />
      ))}
      {adults.length < MAX_ADULTS && (
        <Group>
          <Button
            variant="light"
            onClick={() =>
              form.insertListItem('adults', newAdult(country, false, adults[0]?.familyName ?? ''))
            }
          >
            <FormattedMessage id="foster.apply.addAdult" />
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function AdultFieldset({ form, index, removable }: { form: ApplyForm; index: number; removable: boolean }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const label = useFosterLabel();
  const field = (name: string, type?: 'checkbox') =>
    form.getInputProps(`adults.${index}.${name}`, type ? { type } : undefined);
  const names = {
    familyName: t('foster.field.familyName'),
    givenName: t('foster.field.givenName'),
    patronymic: t('foster.field.patronymic'),
  };
  const countries = PERSON_COUNTRIES.map((c) => ({ value: c, label: label('country', c) }));
  return (
    <Fieldset legend={intl.formatMessage({ id: 'foster.apply.adultN' }, { n: index + 1 })}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <PersonNameFields form={form} path={`adults.${index}`} labels={names} autoComplete={index === 0} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={t('foster.field.birthDate')}
            required
            max={isoToday()}
            w="100%"
            {...field('birthDate')}
          />
          <NativeSelect
            label={t('foster.field.education')}
            required
            data={EDUCATION_LEVELS.map((l) => ({ value: l, label: label('education', l) }))}
            {...field('education')}
          />
          <NativeSelect
            label={t('foster.field.citizenship')}
            required
            data={countries}
            {...field('citizenship')}
          />
          <NativeSelect
            label={t('foster.field.residence')}
            required
            data={countries}
            {...field('residence')}
          />
        </SimpleGrid>
        <Checkbox label={t('foster.field.regularIncome')} {...field('regularIncome', 'checkbox')} />
        <Checkbox
          label={t('foster.field.applicant')}
          description={t('foster.apply.applicantHint')}
          {...field('applicant', 'checkbox')}
        />
        {removable && (
          <RemovePerson form={form} list="adults" index={index} message="foster.apply.removeAdult" />
        )}
      </Stack>
    </Fieldset>
  );
}
