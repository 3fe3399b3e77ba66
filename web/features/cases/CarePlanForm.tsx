import { Button, Fieldset, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { CARE_PLAN_DOMAINS, PERMANENCY_GOALS } from '../../../common/cases';
import { type CarePlanBody, type CarePlanView, carePlanBodySchema } from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { type SchemaForm, useSchemaForm } from '../../lib/form';
import { useDraftCarePlan, useEditCarePlan, useSubmitCarePlan } from './api';
import { bindingsAt, orNull } from './form-bindings';

type Goal = CarePlanBody['goals'][number];
const EMPTY_GOAL: Goal = { domain: 'health', description: '', responsible: '', dueOn: '' };

function fromView(p: CarePlanView | undefined): CarePlanBody {
  return {
    permanencyGoal: p?.permanencyGoal ?? null,
    domains: p?.domains ?? {},
    goals: (p?.goals ?? []).map(({ domain, description, responsible, dueOn }) => ({
      domain,
      description,
      responsible,
      dueOn: dueOn ?? '',
    })),
    contactPlan: p?.contactPlan ?? '',
    childViews: p?.childViews ?? '',
    nextReviewOn: p?.nextReviewOn ?? '',
  };
}

/** The plan as typed, checked as the API will take it (dates not given are absent). */
const carePlanFormSchema = z.preprocess(
  (form: CarePlanBody) => ({
    ...form,
    nextReviewOn: orNull(form.nextReviewOn),
    goals: form.goals.map((g) => ({ ...g, dueOn: orNull(g.dueOn) })),
  }),
  carePlanBodySchema,
);
type Form = SchemaForm<typeof carePlanFormSchema>;

/** A care plan draft: new (prefilled from the plan in force) or being edited. */
export function CarePlanForm({
  caseId,
  current,
  basis,
  onCancel,
}: {
  caseId: string;
  current?: CarePlanView;
  basis?: CarePlanView;
  onCancel?(): void;
}) {
  const intl = useIntl();
  const draft = useDraftCarePlan(caseId);
  const edit = useEditCarePlan();
  const submit = useSubmitCarePlan();
  const error = draft.error ?? edit.error ?? submit.error;
  const t = (id: string) => intl.formatMessage({ id: `cases.carePlan.${id}` });
  const labels = {
    permanencyGoal: t('permanencyGoal'),
    goals: t('goals'),
    contactPlan: t('contactPlan'),
    childViews: t('childViews'),
    nextReviewOn: t('nextReviewOn'),
  };
  const form = useSchemaForm(carePlanFormSchema, { initialValues: fromView(current ?? basis), labels });
  const at = bindingsAt(form, '');
  // The draft read again (after saving, or a reload after a conflict): the form shows what was read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form object is new each render
  useEffect(() => {
    if (current) {
      form.setValues(fromView(current));
      form.resetDirty(fromView(current));
    }
  }, [current]);

  /** Saves the draft and, with `send`, submits it for approval. */
  const save = (send: boolean) =>
    form.submitWith(async (body) => {
      draft.reset();
      edit.reset();
      submit.reset();
      const saved = current
        ? await edit.mutateAsync({ id: current.id, body: { ...body, version: current.version } })
        : await draft.mutateAsync(body);
      if (send) await submit.mutateAsync({ id: saved.id, version: saved.version });
    });

  return (
    <form onSubmit={save(false)} noValidate>
      <Stack>
        <ErrorAlert error={error} onReload={() => edit.reset()} />
        {/* The rule for sending, said before anyone fails it. */}
        <Text size="sm">{t('rule')}</Text>
        <EnumSelect
          label={labels.permanencyGoal}
          group="permanencyGoal"
          values={PERMANENCY_GOALS}
          empty="choose"
          {...at.optionalChoice('permanencyGoal')}
        />
        <Fieldset legend={t('domains')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {CARE_PLAN_DOMAINS.map((d) => (
              <Textarea
                key={d}
                label={intl.formatMessage({ id: `cases.domain.${d}` })}
                autosize
                minRows={2}
                {...at.input(`domains.${d}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <GoalsFieldset form={form} legend={labels.goals} />
        <Textarea label={labels.contactPlan} autosize minRows={2} {...at.input('contactPlan')} />
        <Textarea label={labels.childViews} autosize minRows={2} {...at.input('childViews')} />
        <DateField label={labels.nextReviewOn} {...at.input('nextReviewOn')} />
        <Group justify="flex-end">
          {onCancel && !current && (
            <Button variant="default" onClick={onCancel}>
              <FormattedMessage id="cases.cancel" />
            </Button>
          )}
          <Button type="submit" variant="default" loading={draft.isPending || edit.isPending}>
            <FormattedMessage id="cases.saveDraft" />
          </Button>
          <Button onClick={() => save(true)()} loading={submit.isPending}>
            <FormattedMessage id="cases.carePlan.submit" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The plan's goals: each with its domain, who is responsible, by when, and what. */
function GoalsFieldset({ form, legend }: { form: Form; legend: string }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id: `cases.carePlan.${id}` });
  const { goals } = form.getValues();
  return (
    <Fieldset legend={legend}>
      <Stack>
        {form.errors.goals && (
          <div role="alert" style={{ color: 'var(--mantine-color-red-text)' }}>
            {form.errors.goals}
          </div>
        )}
        {goals.map((_, i) => {
          const at = bindingsAt(form, `goals.${i}`);
          return (
            <Stack
              // biome-ignore lint/suspicious/noArrayIndexKey: goals have no id until saved
              key={i}
              gap="xs"
              p="sm"
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
            >
              <Title order={4} size="h6">
                {intl.formatMessage({ id: 'cases.carePlan.goalN' }, { n: i + 1 })}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <EnumSelect
                  label={t('goalDomain')}
                  group="domain"
                  values={CARE_PLAN_DOMAINS}
                  {...at.input('domain')}
                />
                <TextInput label={t('goalResponsible')} {...at.input('responsible')} />
                <DateField label={t('goalDueOn')} {...at.input('dueOn')} />
              </SimpleGrid>
              <Textarea label={t('goalDescription')} required autosize {...at.input('description')} />
              <Group>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => form.removeListItem('goals', i)}
                >
                  {intl.formatMessage({ id: 'cases.carePlan.removeGoal' }, { n: i + 1 })}
                </Button>
              </Group>
            </Stack>
          );
        })}
        <Group>
          <Button variant="light" onClick={() => form.insertListItem('goals', { ...EMPTY_GOAL })}>
            <FormattedMessage id="cases.carePlan.addGoal" />
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
