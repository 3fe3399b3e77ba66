import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  CopyButton,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import {
  type ApplicantAdult,
  applicantAdultSchema,
  publicApplicationBodySchema,
} from '../../../common/contracts/foster';
import { COUNTRIES, EDUCATION_LEVELS } from '../../../common/foster';
import { useLocale } from '../../i18n/I18nProvider';
import { ApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/page-title';
import { type ApplicationResult, type EligibilityCheck, useEligibility, useSubmitApplication } from './api';
import {
  BreachList,
  fieldErrorsByPath,
  HOME_LANGUAGES,
  isoToday,
  PERSON_COUNTRIES,
  ServerError,
  serverErrorsByPath,
  useFosterLabel,
} from './shared';

type Country = (typeof COUNTRIES)[number];

interface AdultForm {
  givenName: string;
  familyName: string;
  patronymic: string;
  birthDate: string;
  education: ApplicantAdult['education'];
  regularIncome: boolean;
  citizenship: string;
  residence: string;
  applicant: boolean;
}
interface ChildForm {
  givenName: string;
  familyName: string;
  birthDate: string;
}
interface ApplicationForm {
  country: Country;
  twoParent: boolean;
  address: string;
  district: string;
  phone: string;
  email: string;
  motivation: string;
  languages: string[];
  adults: AdultForm[];
  children: ChildForm[];
  website: string;
}

const MAX_ADULTS = 6;
/** Out of sight without `display: none`, which some robots skip. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  left: '-10000px',
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
} as const;
const MAX_CHILDREN = 10;

const newAdult = (country: Country, applicant: boolean, familyName = ''): AdultForm => ({
  givenName: '',
  familyName,
  patronymic: '',
  birthDate: '',
  education: 'secondary',
  regularIncome: false,
  citizenship: country,
  residence: country,
  applicant,
});

const EMPTY: ApplicationForm = {
  country: 'AZ',
  twoParent: false,
  address: '',
  district: '',
  phone: '',
  email: '',
  motivation: '',
  languages: [],
  adults: [newAdult('AZ', true)],
  children: [],
  website: '',
};

const adultBody = (a: AdultForm) => ({ ...a, patronymic: a.patronymic.trim() || null });

/** The household as the eligibility check takes it: only the adults filled in enough to be checked. */
function eligibilityBody(form: ApplicationForm): EligibilityCheck | null {
  const adults = form.adults
    .map((a) => applicantAdultSchema.safeParse(adultBody(a)))
    .flatMap((r) => (r.success ? [r.data] : []));
  return adults.length ? { country: form.country, adults } : null;
}

/** The public form on which a family applies to become a foster family (no sign-in). */
export function ApplyPage() {
  usePageTitle('foster.apply.title');
  const intl = useIntl();
  const { locale } = useLocale();
  const label = useFosterLabel();
  const [form, setForm] = useState<ApplicationForm>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ApplicationResult | null>(null);
  const submit = useSubmitApplication(locale);
  const [checkKey] = useDebouncedValue(JSON.stringify(eligibilityBody(form)), 600);
  const checkBody = useMemo(() => JSON.parse(checkKey) as EligibilityCheck | null, [checkKey]);
  const eligibility = useEligibility(checkBody, locale);

  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const FIELD_LABELS: Record<string, string> = {
    country: 'foster.field.country',
    twoParent: 'foster.field.household',
    address: 'foster.field.address',
    district: 'foster.field.district',
    phone: 'foster.field.phone',
    email: 'foster.field.email',
    motivation: 'foster.field.motivation',
    languages: 'foster.field.languages',
    givenName: 'foster.field.givenName',
    familyName: 'foster.field.familyName',
    patronymic: 'foster.field.patronymic',
    birthDate: 'foster.field.birthDate',
    education: 'foster.field.education',
    citizenship: 'foster.field.citizenship',
    residence: 'foster.field.residence',
    adults: 'foster.apply.adults',
    children: 'foster.apply.children',
  };
  const fieldLabel = (path: string) => {
    const parts = path.split('.');
    const name = parts[parts.length - 1] ?? path;
    const key = FIELD_LABELS[/^\d+$/.test(name) ? (parts[0] ?? '') : name];
    const base = key ? t(key) : name;
    if (parts[0] === 'adults' && parts.length > 2)
      return `${t('foster.apply.adultN', { n: Number(parts[1]) + 1 })}: ${base}`;
    if (parts[0] === 'children' && parts.length > 2)
      return `${t('foster.apply.childN', { n: Number(parts[1]) + 1 })}: ${base}`;
    return base;
  };

  const setAdult = (index: number, change: Partial<AdultForm>) =>
    setForm((f) => ({ ...f, adults: f.adults.map((a, i) => (i === index ? { ...a, ...change } : a)) }));
  const setChild = (index: number, change: Partial<ChildForm>) =>
    setForm((f) => ({ ...f, children: f.children.map((c, i) => (i === index ? { ...c, ...change } : c)) }));
  const setCountry = (country: Country) =>
    setForm((f) => ({
      ...f,
      country,
      adults: f.adults.map((a) => ({
        ...a,
        citizenship: a.citizenship === f.country ? country : a.citizenship,
        residence: a.residence === f.country ? country : a.residence,
      })),
    }));
  const setTwoParent = (twoParent: boolean) =>
    setForm((f) => ({
      ...f,
      twoParent,
      adults:
        twoParent && f.adults.length === 1
          ? [...f.adults, newAdult(f.country, true, f.adults[0]?.familyName ?? '')]
          : f.adults,
    }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      ...form,
      adults: form.adults.map(adultBody),
      email: form.email.trim(),
    };
    const checked = publicApplicationBodySchema.safeParse(body);
    const found = fieldErrorsByPath(intl, checked, fieldLabel);
    setErrors(found);
    if (!checked.success) {
      submit.reset();
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    try {
      setResult(await submit.mutateAsync(checked.data));
      window.scrollTo({ top: 0 });
    } catch (error) {
      setErrors(serverErrorsByPath(error));
    }
  }

  if (result) return <Submitted result={result} />;

  const err = (path: string) => errors[path];
  const countryOptions = () => PERSON_COUNTRIES.map((c) => ({ value: c, label: label('country', c) }));
  const errorCount = Object.keys(errors).length;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz={{ base: 26, sm: 34 }}>
          <FormattedMessage id="foster.apply.title" />
        </Title>
        <Text mt="xs">
          <FormattedMessage id="foster.apply.intro" />
        </Text>
      </div>
      <form onSubmit={onSubmit} noValidate aria-label={t('foster.apply.title')}>
        <Stack gap="lg">
          <Fieldset legend={t('foster.apply.family')}>
            <Stack>
              <NativeSelect
                label={t('foster.field.country')}
                description={t('foster.apply.countryHint')}
                required
                value={form.country}
                error={err('country')}
                data={COUNTRIES.map((c) => ({ value: c, label: label('country', c) }))}
                onChange={(e) => setCountry(e.currentTarget.value as Country)}
              />
              <Radio.Group
                label={t('foster.field.household')}
                required
                value={form.twoParent ? 'two' : 'one'}
                onChange={(v) => setTwoParent(v === 'two')}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="one" label={t('foster.apply.oneParent')} />
                  <Radio value="two" label={t('foster.apply.twoParent')} />
                </Stack>
              </Radio.Group>
              <TextInput
                label={t('foster.field.address')}
                required
                autoComplete="street-address"
                value={form.address}
                error={err('address')}
                onChange={(e) => setForm({ ...form, address: e.currentTarget.value })}
              />
              <TextInput
                label={t('foster.field.district')}
                autoComplete="address-level2"
                value={form.district}
                error={err('district')}
                onChange={(e) => setForm({ ...form, district: e.currentTarget.value })}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('foster.field.phone')}
                  description={t('foster.apply.phoneHint')}
                  required
                  type="tel"
                  autoComplete="tel"
                  value={form.phone}
                  error={err('phone')}
                  onChange={(e) => setForm({ ...form, phone: e.currentTarget.value })}
                />
                <TextInput
                  label={t('foster.field.email')}
                  type="email"
                  autoComplete="email"
                  value={form.email}
                  error={err('email')}
                  onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
                />
              </SimpleGrid>
              <Checkbox.Group
                label={t('foster.field.languages')}
                value={form.languages}
                error={err('languages')}
                onChange={(languages) => setForm({ ...form, languages })}
              >
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
                value={form.motivation}
                error={err('motivation')}
                onChange={(e) => setForm({ ...form, motivation: e.currentTarget.value })}
              />
            </Stack>
          </Fieldset>

          <Stack gap="sm">
            <Title order={2} size="h3">
              <FormattedMessage id="foster.apply.adults" />
            </Title>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="foster.apply.adultsHint" />
            </Text>
            {err('adults') && (
              <Text c="red" size="sm" role="alert">
                {err('adults')}
              </Text>
            )}
            {form.adults.map((adult, index) => {
              const at = (name: string) => err(`adults.${index}.${name}`);
              return (
                <Fieldset
                  // biome-ignore lint/suspicious/noArrayIndexKey: adults have no identity before they are sent
                  key={index}
                  legend={t('foster.apply.adultN', { n: index + 1 })}
                >
                  <Stack>
                    <SimpleGrid cols={{ base: 1, sm: 3 }}>
                      <TextInput
                        label={t('foster.field.familyName')}
                        required
                        autoComplete={index === 0 ? 'family-name' : 'off'}
                        value={adult.familyName}
                        error={at('familyName')}
                        onChange={(e) => setAdult(index, { familyName: e.currentTarget.value })}
                      />
                      <TextInput
                        label={t('foster.field.givenName')}
                        required
                        autoComplete={index === 0 ? 'given-name' : 'off'}
                        value={adult.givenName}
                        error={at('givenName')}
                        onChange={(e) => setAdult(index, { givenName: e.currentTarget.value })}
                      />
                      <TextInput
                        label={t('foster.field.patronymic')}
                        value={adult.patronymic}
                        error={at('patronymic')}
                        onChange={(e) => setAdult(index, { patronymic: e.currentTarget.value })}
                      />
                    </SimpleGrid>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput
                        type="date"
                        label={t('foster.field.birthDate')}
                        required
                        max={isoToday()}
                        value={adult.birthDate}
                        error={at('birthDate')}
                        onChange={(e) => setAdult(index, { birthDate: e.currentTarget.value })}
                      />
                      <NativeSelect
                        label={t('foster.field.education')}
                        required
                        value={adult.education}
                        error={at('education')}
                        data={EDUCATION_LEVELS.map((l) => ({ value: l, label: label('education', l) }))}
                        onChange={(e) =>
                          setAdult(index, { education: e.currentTarget.value as AdultForm['education'] })
                        }
                      />
                      <NativeSelect
                        label={t('foster.field.citizenship')}
                        required
                        value={adult.citizenship}
                        error={at('citizenship')}
                        data={countryOptions()}
                        onChange={(e) => setAdult(index, { citizenship: e.currentTarget.value })}
                      />
                      <NativeSelect
                        label={t('foster.field.residence')}
                        required
                        value={adult.residence}
                        error={at('residence')}
                        data={countryOptions()}
                        onChange={(e) => setAdult(index, { residence: e.currentTarget.value })}
                      />
                    </SimpleGrid>
                    <Checkbox
                      label={t('foster.field.regularIncome')}
                      checked={adult.regularIncome}
                      onChange={(e) => setAdult(index, { regularIncome: e.currentTarget.checked })}
                    />
                    <Checkbox
                      label={t('foster.field.applicant')}
                      description={t('foster.apply.applicantHint')}
                      checked={adult.applicant}
                      onChange={(e) => setAdult(index, { applicant: e.currentTarget.checked })}
                    />
                    {form.adults.length > 1 && (
                      <Group justify="flex-end">
                        <Button
                          variant="subtle"
                          color="red.8"
                          size="xs"
                          onClick={() =>
                            setForm((f) => ({ ...f, adults: f.adults.filter((_, i) => i !== index) }))
                          }
                        >
                          <FormattedMessage id="foster.apply.removeAdult" values={{ n: index + 1 }} />
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Fieldset>
              );
            })}
            {form.adults.length < MAX_ADULTS && (
              <Group>
                <Button
                  variant="light"
                  onClick={() =>
                    setForm((f) => ({
                      ...f,
                      adults: [...f.adults, newAdult(f.country, false, f.adults[0]?.familyName ?? '')],
                    }))
                  }
                >
                  <FormattedMessage id="foster.apply.addAdult" />
                </Button>
              </Group>
            )}
          </Stack>

          <div aria-live="polite">
            {eligibility.data && eligibility.data.breaches.length > 0 && (
              <BreachList breaches={eligibility.data.breaches} title={t('foster.apply.breachesTitle')} />
            )}
            {eligibility.data && eligibility.data.breaches.length === 0 && checkBody && (
              <Alert color="green" role="status">
                <FormattedMessage id="foster.apply.eligibleSoFar" />
              </Alert>
            )}
          </div>

          <Stack gap="sm">
            <Title order={2} size="h3">
              <FormattedMessage id="foster.apply.children" />
            </Title>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="foster.apply.childrenHint" />
            </Text>
            {form.children.map((child, index) => {
              const at = (name: string) => err(`children.${index}.${name}`);
              return (
                <Fieldset
                  // biome-ignore lint/suspicious/noArrayIndexKey: children have no identity before they are sent
                  key={index}
                  legend={t('foster.apply.childN', { n: index + 1 })}
                >
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput
                      label={t('foster.field.familyName')}
                      required
                      value={child.familyName}
                      error={at('familyName')}
                      onChange={(e) => setChild(index, { familyName: e.currentTarget.value })}
                    />
                    <TextInput
                      label={t('foster.field.givenName')}
                      required
                      value={child.givenName}
                      error={at('givenName')}
                      onChange={(e) => setChild(index, { givenName: e.currentTarget.value })}
                    />
                    <TextInput
                      type="date"
                      label={t('foster.field.birthDate')}
                      required
                      max={isoToday()}
                      value={child.birthDate}
                      error={at('birthDate')}
                      onChange={(e) => setChild(index, { birthDate: e.currentTarget.value })}
                    />
                  </SimpleGrid>
                  <Group justify="flex-end" mt="sm">
                    <Button
                      variant="subtle"
                      color="red.8"
                      size="xs"
                      onClick={() =>
                        setForm((f) => ({ ...f, children: f.children.filter((_, i) => i !== index) }))
                      }
                    >
                      <FormattedMessage id="foster.apply.removeChild" values={{ n: index + 1 }} />
                    </Button>
                  </Group>
                </Fieldset>
              );
            })}
            {form.children.length < MAX_CHILDREN && (
              <Group>
                <Button
                  variant="light"
                  onClick={() =>
                    setForm((f) => ({
                      ...f,
                      children: [
                        ...f.children,
                        { givenName: '', familyName: f.adults[0]?.familyName ?? '', birthDate: '' },
                      ],
                    }))
                  }
                >
                  <FormattedMessage id="foster.apply.addChild" />
                </Button>
              </Group>
            )}
          </Stack>

          {/* Left empty by people (hidden from them and from screen readers); robots fill it in. */}
          <div aria-hidden="true" style={VISUALLY_HIDDEN}>
            <label htmlFor="foster-website">
              <FormattedMessage id="foster.apply.honeypot" />
            </label>
            <input
              id="foster-website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={form.website}
              onChange={(e) => setForm({ ...form, website: e.currentTarget.value })}
            />
          </div>

          {errorCount > 0 && !submit.isError && (
            <Alert color="red" role="alert">
              <FormattedMessage id="error.validation_failed" values={{ count: errorCount }} />
            </Alert>
          )}
          {submit.error instanceof ApiError && submit.error.status === 429 ? (
            <Alert color="red" role="alert" title={t('foster.apply.tooMany')}>
              {submit.error.message}
            </Alert>
          ) : (
            <ServerError error={submit.error} />
          )}
          <Text size="sm" c="dimmed">
            <FormattedMessage id="foster.apply.privacy" />
          </Text>
          <Group>
            <Button type="submit" size="md" loading={submit.isPending} fullWidth={false}>
              <FormattedMessage id="foster.apply.submit" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** After sending: the reference and the private link to follow the application, shown once. */
function Submitted({ result }: { result: ApplicationResult }) {
  const intl = useIntl();
  const url = `${window.location.origin}${result.statusPath}`;
  return (
    <Stack gap="lg">
      <Title order={1} fz={{ base: 26, sm: 34 }}>
        <FormattedMessage id="foster.apply.sentTitle" />
      </Title>
      <Paper withBorder p="md" radius="md" bg="teal.0">
        <Stack gap="sm">
          <Text>
            <FormattedMessage id="foster.apply.yourReference" />
          </Text>
          <Text fw={700} fz={28} data-testid="foster-reference" style={{ letterSpacing: 1 }}>
            {result.reference}
          </Text>
          <Text fw={600}>
            <FormattedMessage id="foster.apply.statusLink" />
          </Text>
          <Anchor
            component={Link}
            to={result.statusPath}
            data-testid="foster-status-link"
            style={{ wordBreak: 'break-all' }}
          >
            {url}
          </Anchor>
          <Group>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'filled' : 'light'} onClick={copy} size="sm">
                  <FormattedMessage id={copied ? 'foster.apply.copied' : 'foster.apply.copyLink'} />
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="orange" role="note">
            <FormattedMessage id="foster.apply.keepLink" />
          </Alert>
        </Stack>
      </Paper>
      <BreachList
        breaches={result.breaches}
        title={intl.formatMessage({ id: 'foster.apply.sentBreaches' })}
      />
      <Text>
        <FormattedMessage id="foster.apply.next" />
      </Text>
    </Stack>
  );
}
