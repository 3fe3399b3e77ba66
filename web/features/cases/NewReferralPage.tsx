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
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { REFERRAL_SOURCES, SEPARATION_REASONS } from '../../../common/cases';
import {
  childInputSchema,
  familyMemberInputSchema,
  referralBodySchema,
} from '../../../common/contracts/cases';
import { ApiError } from '../../lib/api';
import { clientFieldErrors } from '../../lib/form-errors';
import { useLocalized } from '../../lib/format';
import { useLocations, useProgrammes } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useRegisterReferral } from './api';
import { ChildFields, type ChildForm, EMPTY_CHILD, useChildLabels } from './ChildFields';
import { ChildDuplicateCheck } from './DuplicateWarning';
import { EMPTY_MEMBER, FamilyMemberFields, type MemberForm, useMemberLabels } from './FamilyMemberFields';
import { DateField, EnumSelect, ErrorAlert, isoToday, orNull } from './shared';

type Form = Omit<z.input<typeof referralBodySchema>, 'children' | 'family'> & {
  children: ChildForm[];
  family: MemberForm[];
};

/** Server field errors keyed by their path under the body ("children.0.givenName"). */
function serverErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields =
    (error.details as { fields?: { field: string; message: string }[] } | undefined)?.fields ?? [];
  return Object.fromEntries(fields.map((f) => [f.field.replace(/^body\./, ''), f.message]));
}
const under = (errors: Record<string, string>, prefix: string) =>
  Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length).split('.')[0], v]),
  );

export function NewReferralPage() {
  usePageTitle('cases.referral.title');
  const intl = useIntl();
  const navigate = useNavigate();
  const localized = useLocalized();
  const childLabels = useChildLabels();
  const memberLabels = useMemberLabels();
  const [form, setForm] = useState<Form>({
    receivedOn: isoToday(),
    source: 'guardianship_body',
    sourceDetail: '',
    reasons: [],
    description: '',
    locationId: '',
    programmeId: '',
    children: [{ ...EMPTY_CHILD }],
    family: [],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const locations = useLocations();
  const programmes = useProgrammes({ locationId: form.locationId || undefined });
  const register = useRegisterReferral();
  const t = (id: string) => intl.formatMessage({ id });
  const labels = {
    receivedOn: t('cases.referral.receivedOn'),
    source: t('cases.referral.source'),
    sourceDetail: t('cases.referral.sourceDetail'),
    reasons: t('cases.referral.reasons'),
    description: t('cases.referral.description'),
    locationId: t('cases.field.location'),
    programmeId: t('cases.field.programme'),
  };

  function clean(): z.input<typeof referralBodySchema> {
    return {
      ...form,
      sourceDetail: orNull(form.sourceDetail ?? ''),
      programmeId: form.programmeId || null,
      children: form.children.map((c) => ({
        ...c,
        patronymic: orNull(c.patronymic ?? ''),
        nationalId: orNull(c.nationalId ?? ''),
        citizenship: orNull(c.citizenship ?? ''),
        disabilityNote: c.disability ? orNull(c.disabilityNote ?? '') : null,
        confirmNewReason: c.existingPersonId ? null : orNull(c.confirmNewReason ?? ''),
        legalGuardian: orNull(c.legalGuardian ?? ''),
      })),
      family: form.family.map((m) => ({
        ...m,
        patronymic: orNull(m.patronymic ?? ''),
        whereabouts: orNull(m.whereabouts ?? ''),
      })),
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = clean();
    const checked = referralBodySchema.safeParse(body);
    const found: Record<string, string> = { ...clientFieldErrors(intl, checked, labels) };
    body.children.forEach((c, i) => {
      for (const [k, v] of Object.entries(
        clientFieldErrors(intl, childInputSchema.safeParse(c), childLabels),
      ))
        found[`children.${i}.${k}`] = v;
    });
    body.family?.forEach((m, i) => {
      for (const [k, v] of Object.entries(
        clientFieldErrors(intl, familyMemberInputSchema.safeParse(m), memberLabels),
      ))
        found[`family.${i}.${k}`] = v;
    });
    delete found.children;
    delete found.family;
    setErrors(found);
    if (!checked.success || Object.keys(found).length) return;
    try {
      const result = await register.mutateAsync(checked.data);
      navigate(`/cases/${result.cases[0]?.id}`);
    } catch (error) {
      setErrors(serverErrors(error));
    }
  }

  const parentNames = form.family
    .filter((m) => m.relationship === 'mother' || m.relationship === 'father')
    .map((m) => `${m.givenName} ${m.familyName}`.trim());
  const setChild = (i: number, c: ChildForm) =>
    setForm({ ...form, children: form.children.map((x, j) => (j === i ? c : x)) });
  const setMember = (i: number, m: MemberForm) =>
    setForm({ ...form, family: form.family.map((x, j) => (j === i ? m : x)) });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={1000}>
        <Title order={1}>
          <FormattedMessage id="cases.referral.title" />
        </Title>
        {Object.keys(errors).length > 0 && !register.isError && (
          <Alert color="red" role="alert">
            <FormattedMessage id="error.validation_failed" values={{ count: Object.keys(errors).length }} />
          </Alert>
        )}
        <ErrorAlert error={register.error} />
        <Fieldset legend={t('cases.referral.section')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={labels.receivedOn}
              required
              value={form.receivedOn}
              error={errors.receivedOn}
              onChange={(e) => setForm({ ...form, receivedOn: e.currentTarget.value })}
            />
            <EnumSelect
              label={labels.source}
              group="source"
              values={REFERRAL_SOURCES}
              required
              value={form.source}
              error={errors.source}
              onChange={(v) => setForm({ ...form, source: v as Form['source'] })}
            />
            <TextInput
              label={labels.sourceDetail}
              value={form.sourceDetail ?? ''}
              error={errors.sourceDetail}
              onChange={(e) => setForm({ ...form, sourceDetail: e.currentTarget.value })}
            />
            <NativeSelect
              label={labels.locationId}
              required
              value={form.locationId}
              error={errors.locationId}
              onChange={(e) => setForm({ ...form, locationId: e.currentTarget.value, programmeId: '' })}
              data={[
                { value: '', label: t('cases.choose') },
                ...(locations.data ?? []).map((l) => ({ value: l.id, label: localized(l.name) })),
              ]}
            />
            <NativeSelect
              label={labels.programmeId}
              value={form.programmeId ?? ''}
              error={errors.programmeId}
              disabled={!form.locationId}
              onChange={(e) => setForm({ ...form, programmeId: e.currentTarget.value })}
              data={[
                { value: '', label: t('cases.choose') },
                ...(programmes.data ?? []).map((p) => ({ value: p.id, label: localized(p.name) })),
              ]}
            />
          </SimpleGrid>
          <Checkbox.Group
            mt="md"
            label={labels.reasons}
            withAsterisk
            value={form.reasons}
            error={errors.reasons}
            onChange={(v) => setForm({ ...form, reasons: v as Form['reasons'] })}
          >
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
            value={form.description ?? ''}
            error={errors.description}
            onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
          />
        </Fieldset>
        <Title order={2} size="h3">
          <FormattedMessage id="cases.referral.children" />
        </Title>
        {form.children.map((c, i) => (
          <ChildFields
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
            key={i}
            legend={intl.formatMessage({ id: 'cases.referral.childN' }, { n: i + 1 })}
            value={c}
            errors={under(errors, `children.${i}.`)}
            onChange={(v) => setChild(i, v)}
          >
            <ChildDuplicateCheck
              child={c}
              parentNames={parentNames}
              onChange={(v) => setChild(i, v)}
              reasonError={under(errors, `children.${i}.`).confirmNewReason}
            />
            {form.children.length > 1 && (
              <Button
                mt="sm"
                variant="subtle"
                color="red"
                onClick={() => setForm({ ...form, children: form.children.filter((_, j) => j !== i) })}
              >
                <FormattedMessage id="cases.referral.removeChild" values={{ n: i + 1 }} />
              </Button>
            )}
          </ChildFields>
        ))}
        <Group>
          <Button
            variant="light"
            disabled={form.children.length >= 8}
            onClick={() => {
              const first = form.children[0];
              setForm({
                ...form,
                children: [
                  ...form.children,
                  {
                    ...EMPTY_CHILD,
                    familyName: first?.familyName ?? '',
                    patronymic: first?.patronymic ?? '',
                  },
                ],
              });
            }}
          >
            <FormattedMessage id="cases.referral.addSibling" />
          </Button>
        </Group>
        <Title order={2} size="h3">
          <FormattedMessage id="cases.referral.family" />
        </Title>
        {form.family.map((m, i) => (
          <FamilyMemberFields
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
            key={i}
            legend={intl.formatMessage({ id: 'cases.referral.memberN' }, { n: i + 1 })}
            value={m}
            errors={under(errors, `family.${i}.`)}
            onChange={(v) => setMember(i, v)}
          >
            <Button
              mt="sm"
              variant="subtle"
              color="red"
              onClick={() => setForm({ ...form, family: form.family.filter((_, j) => j !== i) })}
            >
              <FormattedMessage id="cases.referral.removeMember" values={{ n: i + 1 }} />
            </Button>
          </FamilyMemberFields>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => setForm({ ...form, family: [...form.family, { ...EMPTY_MEMBER }] })}
          >
            <FormattedMessage id="cases.referral.addMember" />
          </Button>
        </Group>
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
