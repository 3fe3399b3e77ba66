import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail } from '../../../common/contracts/cases';
import {
  type LeavingCarePlanBody,
  type LeavingCarePlanView,
  leavingCarePlanBodySchema,
} from '../../../common/contracts/leaving-care';
import { QueryState } from '../../components/ui/QueryState';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { useEditLeavingCare, useLeavingCarePlans, useLeftCare, useStartLeavingCare } from './api';
import { Facts } from './Facts';
import { FollowUpsSection } from './FollowUps';
import { DateField, ErrorAlert, isoToday } from './shared';

/** The plan's areas, written as free text. */
const AREAS = ['housing', 'incomeWork', 'education', 'documents', 'health', 'supportNetwork'] as const;

const emptyPlan = (): LeavingCarePlanBody => ({
  startedOn: isoToday(),
  housing: '',
  incomeWork: '',
  education: '',
  documents: '',
  health: '',
  supportNetwork: '',
  namedWorker: '',
  youngPersonAgreed: false,
});

/** Preparing a young person to leave care, the day they leave, and the after-care visits. */
export function LeavingCareTab({ detail }: { detail: CaseDetail }) {
  const canRecord = useCan('cases.write');
  const canWrite = canRecord && detail.status !== 'closed';
  const query = useLeavingCarePlans(detail.id);
  const [creating, setCreating] = useState(false);
  const loaded = query.data;
  useEffect(() => {
    if (loaded) setCreating(false);
  }, [loaded]);
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.leaving-care" />
      </Title>
      <QueryState query={query}>
        {(plans) => {
          const active = plans.find((p) => p.status === 'active');
          const completed = plans.filter((p) => p.status !== 'active');
          return (
            <>
              {plans.length === 0 && !creating && (
                <Text c="dimmed">
                  <FormattedMessage id="cases.leaving.none" />
                </Text>
              )}
              {canWrite && !active && !creating && detail.status !== 'after_care' && (
                <Group>
                  <Button onClick={() => setCreating(true)}>
                    <FormattedMessage id="cases.leaving.start" />
                  </Button>
                </Group>
              )}
              {canWrite && creating && !active && (
                <PlanForm caseId={detail.id} onCancel={() => setCreating(false)} />
              )}
              {active &&
                (canWrite ? (
                  <>
                    <PlanForm key={active.version} caseId={detail.id} current={active} />
                    <LeftCareForm key={`left-${active.version}`} plan={active} />
                  </>
                ) : (
                  <PlanDetails plan={active} />
                ))}
              {completed.map((p) => (
                <PlanDetails key={p.id} plan={p} />
              ))}
            </>
          );
        }}
      </QueryState>
      <FollowUpsSection caseId={detail.id} kind="after_care" canWrite={canRecord} />
    </Stack>
  );
}

function PlanDetails({ plan }: { plan: LeavingCarePlanView }) {
  const intl = useIntl();
  const format = useFormat();
  const yes = (b: boolean) => intl.formatMessage({ id: b ? 'cases.yes' : 'cases.no' });
  return (
    <Card withBorder component="article" aria-labelledby={`plan-${plan.id}`}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h4" id={`plan-${plan.id}`}>
          {intl.formatMessage({ id: 'cases.leaving.planOf' }, { date: format.date(plan.startedOn) })}
        </Title>
        <Badge color={plan.status === 'active' ? 'teal.9' : 'gray.7'} variant="light" tt="none">
          {intl.formatMessage({ id: `cases.leavingStatus.${plan.status}` })}
        </Badge>
      </Group>
      <Facts
        items={[
          ...AREAS.map((a): [string, string] => [`cases.leaving.${a}`, plan[a]]),
          ['cases.leaving.namedWorker', plan.namedWorker],
          ['cases.leaving.youngPersonAgreed', yes(plan.youngPersonAgreed)],
          ['cases.leaving.leftCareOn', plan.leftCareOn ? format.date(plan.leftCareOn) : null],
          [
            'cases.leaving.leftPlanned',
            plan.leftPlanned === null
              ? null
              : intl.formatMessage({
                  id: plan.leftPlanned ? 'cases.leaving.planned' : 'cases.leaving.unplanned',
                }),
          ],
        ]}
      />
    </Card>
  );
}

/** Starts a plan (the server refuses under 14 and says so) or edits the one in force. */
function PlanForm({
  caseId,
  current,
  onCancel,
}: {
  caseId: string;
  current?: LeavingCarePlanView;
  onCancel?(): void;
}) {
  const intl = useIntl();
  const start = useStartLeavingCare(caseId);
  const edit = useEditLeavingCare();
  const mutation = current ? edit : start;
  const [form, setForm] = useState<LeavingCarePlanBody>(() =>
    current
      ? {
          startedOn: current.startedOn,
          housing: current.housing,
          incomeWork: current.incomeWork,
          education: current.education,
          documents: current.documents,
          health: current.health,
          supportNetwork: current.supportNetwork,
          namedWorker: current.namedWorker,
          youngPersonAgreed: current.youngPersonAgreed,
        }
      : emptyPlan(),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const t = (id: string) => intl.formatMessage({ id: `cases.leaving.${id}` });
  const labels = Object.fromEntries(Object.keys(emptyPlan()).map((k) => [k, t(k)]));
  const set = (patch: Partial<LeavingCarePlanBody>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };
  const titleId = current ? `plan-form-${current.id}` : 'plan-form-new';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = leavingCarePlanBodySchema.safeParse(form);
    setErrors(clientFieldErrors(intl, checked, labels));
    if (!checked.success) return;
    try {
      if (current)
        await edit.mutateAsync({ id: current.id, body: { ...checked.data, version: current.version } });
      else await start.mutateAsync(checked.data);
      setSaved(true);
    } catch (e) {
      setErrors(serverFieldErrors(e));
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4" id={titleId}>
              {t(current ? 'current' : 'new')}
            </Title>
            {current && (
              <Badge color="teal.9" variant="light" tt="none">
                {intl.formatMessage({ id: 'cases.leavingStatus.active' })}
              </Badge>
            )}
          </Group>
          <ErrorAlert error={mutation.error} onReload={() => mutation.reset()} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={labels.startedOn}
              required
              value={form.startedOn}
              error={errors.startedOn}
              onChange={(e) => set({ startedOn: e.currentTarget.value })}
            />
            <TextInput
              label={labels.namedWorker}
              description={t('namedWorkerHint')}
              value={form.namedWorker}
              error={errors.namedWorker}
              onChange={(e) => set({ namedWorker: e.currentTarget.value })}
            />
            {AREAS.map((a) => (
              <Textarea
                key={a}
                label={labels[a]}
                autosize
                minRows={2}
                value={form[a]}
                error={errors[a]}
                onChange={(e) => set({ [a]: e.currentTarget.value })}
              />
            ))}
          </SimpleGrid>
          <Checkbox
            label={labels.youngPersonAgreed}
            checked={form.youngPersonAgreed}
            onChange={(e) => set({ youngPersonAgreed: e.currentTarget.checked })}
          />
          <Group justify="flex-end">
            {saved && (
              <Text c="teal" role="status">
                <FormattedMessage id="cases.saved" />
              </Text>
            )}
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                <FormattedMessage id="cases.cancel" />
              </Button>
            )}
            <Button type="submit" loading={mutation.isPending}>
              <FormattedMessage id={current ? 'cases.leaving.save' : 'cases.leaving.start'} />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The young person left care: ends the placement, moves the case to after-care, schedules visits. */
function LeftCareForm({ plan }: { plan: LeavingCarePlanView }) {
  const intl = useIntl();
  const left = useLeftCare();
  const [leftOn, setLeftOn] = useState(isoToday());
  const [planned, setPlanned] = useState('');
  const t = (id: string) => intl.formatMessage({ id: `cases.leaving.${id}` });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!planned) return;
    await left
      .mutateAsync({ id: plan.id, body: { version: plan.version, leftOn, planned: planned === 'yes' } })
      .catch(() => {});
  }

  return (
    <Card withBorder component="section" aria-labelledby="left-care-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="left-care-title">
            <FormattedMessage id="cases.leaving.leftTitle" />
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="cases.leaving.leftHint" />
          </Text>
          <ErrorAlert error={left.error} onReload={() => left.reset()} />
          <Group align="end" wrap="wrap">
            <DateField
              label={t('leftCareOn')}
              required
              value={leftOn}
              onChange={(e) => setLeftOn(e.currentTarget.value)}
            />
            <Radio.Group label={t('leftPlanned')} required value={planned} onChange={setPlanned}>
              <Group mt={4}>
                <Radio value="yes" label={t('planned')} />
                <Radio value="no" label={t('unplanned')} />
              </Group>
            </Radio.Group>
            <Button type="submit" color="red" variant="outline" loading={left.isPending} disabled={!planned}>
              <FormattedMessage id="cases.leaving.leftSubmit" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
