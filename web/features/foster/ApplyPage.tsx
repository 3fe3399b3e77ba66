import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/I18nProvider';
import { ApiError } from '../../lib/api';
import { useSchemaForm } from '../../lib/form';
import { usePageTitle } from '../../lib/page-title';
import { AdultsSection } from './AdultsSection';
import { Submitted } from './ApplySubmitted';
import { type ApplicationResult, type EligibilityCheck, useEligibility, useSubmitApplication } from './api';
import { type ApplyForm, applicationFormSchema, EMPTY, eligibilityBody, useFieldLabel } from './apply-form';
import { ChildrenSection } from './ChildrenSection';
import { FamilyFieldset } from './FamilyFieldset';
import { BreachList } from './shared';

/** Out of sight without `display: none`, which some robots skip. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  left: '-10000px',
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
} as const;

/** The public form on which a family applies to become a foster family (no sign-in). */
export function ApplyPage() {
  usePageTitle('foster.apply.title');
  const intl = useIntl();
  const { locale } = useLocale();
  const [result, setResult] = useState<ApplicationResult | null>(null);
  const submit = useSubmitApplication(locale);
  const form = useSchemaForm(applicationFormSchema, { initialValues: EMPTY, labels: useFieldLabel() });
  const send = form.submitWith(async (body) => {
    setResult(await submit.mutateAsync(body));
    window.scrollTo({ top: 0 });
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    submit.reset();
    send(event);
    // The first field to correct takes the focus, so that a screen reader hears what is wrong.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  if (result) return <Submitted result={result} />;

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
      <form onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: 'foster.apply.title' })}>
        <Stack gap="lg">
          <FamilyFieldset form={form} />
          <AdultsSection form={form} />
          <EligibilitySoFar form={form} />
          <ChildrenSection form={form} />
          <Honeypot form={form} />
          <SubmitErrors form={form} submit={submit} />
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

/** What the eligibility rules say of the adults filled in so far, checked as the family types. */
function EligibilitySoFar({ form }: { form: ApplyForm }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const [checkKey] = useDebouncedValue(JSON.stringify(eligibilityBody(form.getValues())), 600);
  const checkBody = useMemo(() => JSON.parse(checkKey) as EligibilityCheck | null, [checkKey]);
  const eligibility = useEligibility(checkBody, locale);
  const breaches = eligibility.data?.breaches;
  return (
    <div aria-live="polite">
      {breaches && breaches.length > 0 && (
        <BreachList breaches={breaches} title={intl.formatMessage({ id: 'foster.apply.breachesTitle' })} />
      )}
      {breaches && breaches.length === 0 && checkBody && (
        <Alert color="green" role="status">
          <FormattedMessage id="foster.apply.eligibleSoFar" />
        </Alert>
      )}
    </div>
  );
}

/** Left empty by people (hidden from them and from screen readers); robots fill it in. */
function Honeypot({ form }: { form: ApplyForm }) {
  const { value, onChange } = form.getInputProps('website');
  return (
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
        value={value}
        onChange={onChange}
      />
    </div>
  );
}

/** How many fields to correct, or why the server refused (too many applications has its own title). */
function SubmitErrors({
  form,
  submit,
}: {
  form: ApplyForm;
  submit: ReturnType<typeof useSubmitApplication>;
}) {
  const intl = useIntl();
  const errorCount = Object.keys(form.errors).length;
  return (
    <>
      {errorCount > 0 && !submit.isError && (
        <Alert color="red" role="alert">
          <FormattedMessage id="error.validation_failed" values={{ count: errorCount }} />
        </Alert>
      )}
      {submit.error instanceof ApiError && submit.error.status === 429 ? (
        <Alert color="red" role="alert" title={intl.formatMessage({ id: 'foster.apply.tooMany' })}>
          {submit.error.message}
        </Alert>
      ) : (
        <ErrorAlert error={submit.error} reloadKey={null} />
      )}
    </>
  );
}
