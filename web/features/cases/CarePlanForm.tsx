import { Button, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CARE_PLAN_DOMAINS, PERMANENCY_GOALS } from '../../../common/cases';
import { type CarePlanBody, type CarePlanView, carePlanBodySchema } from '../../../common/contracts/cases';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useDraftCarePlan, useEditCarePlan, useSubmitCarePlan } from './api';
import { DateField, EnumSelect, ErrorAlert, orNull } from './shared';

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
  const [form, setForm] = useState<CarePlanBody>(fromView(current ?? basis));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const draft = useDraftCarePlan(caseId);
  const edit = useEditCarePlan();
  const submit = useSubmitCarePlan();
  const error = draft.error ?? edit.error ?? submit.error;
  useEffect(() => {
    if (current) setForm(fromView(current));
  }, [current]);
  const t = (id: string) => intl.formatMessage({ id: `cases.carePlan.${id}` });
  const labels = {
    permanencyGoal: t('permanencyGoal'),
    goals: t('goals'),
    contactPlan: t('contactPlan'),
    childViews: t('childViews'),
    nextReviewOn: t('nextReviewOn'),
  };
  const setGoal = (i: number, patch: Partial<Goal>) =>
    setForm({ ...form, goals: form.goals.map((g, j) => (j === i ? { ...g, ...patch } : g)) });

  async function save(send: boolean) {
    draft.reset();
    edit.reset();
    submit.reset();
    const checked = carePlanBodySchema.safeParse({
      ...form,
      nextReviewOn: orNull(form.nextReviewOn ?? ''),
      goals: form.goals.map((g) => ({ ...g, dueOn: orNull(g.dueOn ?? '') })),
    });
    setErrors(clientFieldErrors(intl, checked, labels));
    if (!checked.success) return;
    try {
      const saved = current
        ? await edit.mutateAsync({ id: current.id, body: { ...checked.data, version: current.version } })
        : await draft.mutateAsync(checked.data);
      if (send) await submit.mutateAsync({ id: saved.id, version: saved.version });
    } catch (e) {
      setErrors(serverFieldErrors(e));
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ErrorAlert error={error} onReload={() => edit.reset()} />
        <EnumSelect
          label={labels.permanencyGoal}
          group="permanencyGoal"
          values={PERMANENCY_GOALS}
          empty="choose"
          value={form.permanencyGoal ?? ''}
          error={errors.permanencyGoal}
          onChange={(v) =>
            setForm({ ...form, permanencyGoal: (v || null) as CarePlanBody['permanencyGoal'] })
          }
        />
        <Fieldset legend={t('domains')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {CARE_PLAN_DOMAINS.map((d) => (
              <Textarea
                key={d}
                label={intl.formatMessage({ id: `cases.domain.${d}` })}
                autosize
                minRows={2}
                value={form.domains[d] ?? ''}
                onChange={(e) =>
                  setForm({ ...form, domains: { ...form.domains, [d]: e.currentTarget.value } })
                }
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={labels.goals}>
          <Stack>
            {errors.goals && (
              <div role="alert" style={{ color: 'var(--mantine-color-red-text)' }}>
                {errors.goals}
              </div>
            )}
            {form.goals.map((g, i) => (
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
                    value={g.domain}
                    onChange={(v) => setGoal(i, { domain: v as Goal['domain'] })}
                  />
                  <TextInput
                    label={t('goalResponsible')}
                    value={g.responsible ?? ''}
                    onChange={(e) => setGoal(i, { responsible: e.currentTarget.value })}
                  />
                  <DateField
                    label={t('goalDueOn')}
                    value={g.dueOn ?? ''}
                    onChange={(e) => setGoal(i, { dueOn: e.currentTarget.value })}
                  />
                </SimpleGrid>
                <Textarea
                  label={t('goalDescription')}
                  required
                  autosize
                  value={g.description}
                  onChange={(e) => setGoal(i, { description: e.currentTarget.value })}
                />
                <Group>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => setForm({ ...form, goals: form.goals.filter((_, j) => j !== i) })}
                  >
                    {intl.formatMessage({ id: 'cases.carePlan.removeGoal' }, { n: i + 1 })}
                  </Button>
                </Group>
              </Stack>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() => setForm({ ...form, goals: [...form.goals, { ...EMPTY_GOAL }] })}
              >
                <FormattedMessage id="cases.carePlan.addGoal" />
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Textarea
          label={labels.contactPlan}
          autosize
          minRows={2}
          value={form.contactPlan ?? ''}
          error={errors.contactPlan}
          onChange={(e) => setForm({ ...form, contactPlan: e.currentTarget.value })}
        />
        <Textarea
          label={labels.childViews}
          autosize
          minRows={2}
          value={form.childViews ?? ''}
          error={errors.childViews}
          onChange={(e) => setForm({ ...form, childViews: e.currentTarget.value })}
        />
        <DateField
          label={labels.nextReviewOn}
          value={form.nextReviewOn ?? ''}
          error={errors.nextReviewOn}
          onChange={(e) => setForm({ ...form, nextReviewOn: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          {onCancel && !current && (
            <Button variant="default" onClick={onCancel}>
              <FormattedMessage id="cases.cancel" />
            </Button>
          )}
          <Button type="submit" variant="default" loading={draft.isPending || edit.isPending}>
            <FormattedMessage id="cases.saveDraft" />
          </Button>
          <Button onClick={() => void save(true)} loading={submit.isPending}>
            <FormattedMessage id="cases.carePlan.submit" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
