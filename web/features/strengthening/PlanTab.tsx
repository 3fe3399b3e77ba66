import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { type GoalBody, goalBodySchema, planBodySchema } from '../../../common/contracts/strengthening';
import {
  GOAL_STATUSES,
  type GoalStatus,
  OPEN_GOAL_STATUSES,
  RISK_DOMAINS,
} from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import {
  type GoalView,
  type HouseholdDetail,
  type PlanView,
  useAddGoal,
  useChangeGoal,
  useReviewPlan,
  useStartPlan,
} from './api';
import { currentEnrolment } from './HouseholdPage';
import { pathErrors, serverPathErrors, under } from './MemberFields';
import { Section, useFsLabel, useFsOptions } from './shared';

type GoalForm = {
  domain: GoalBody['domain'];
  goal: string;
  actions: string;
  responsible: string;
  targetOn: string;
};
const emptyGoal = (): GoalForm => ({
  domain: 'income',
  goal: '',
  actions: '',
  responsible: '',
  targetOn: '',
});
const goalBody = (g: GoalForm): GoalBody => ({ ...g, targetOn: g.targetOn || null });

/** The family development plan of the current enrolment: goals, reviews, the next review date; earlier plans below. */
export function PlanTab({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const enrolment = currentEnrolment(h);
  const plans = h.plans ?? [];
  const active = plans.find((p) => p.status === 'active');
  const closed = plans.filter((p) => p.status === 'closed');
  return (
    <Stack gap="lg">
      {active ? (
        <Plan plan={active} canWrite={h.access.canWrite} />
      ) : enrolment?.status === 'enrolled' ? (
        h.access.canWrite ? (
          <PlanForm enrolmentId={enrolment.id} months={enrolment.planReviewMonths} />
        ) : (
          <Text c="dimmed">
            <FormattedMessage id="strengthening.plan.none" />
          </Text>
        )
      ) : (
        <Alert color="blue" role="note">
          <FormattedMessage
            id={
              enrolment?.status === 'exited'
                ? 'strengthening.plan.exited'
                : 'strengthening.plan.needsEnrolment'
            }
          />
        </Alert>
      )}
      {closed.map((p) => (
        <Section
          key={p.id}
          title={intl.formatMessage({ id: 'strengthening.plan.earlier' }, { date: format.date(p.startedOn) })}
          id={`fs-plan-${p.id}`}
        >
          <GoalsTable plan={p} canWrite={false} />
          <Reviews plan={p} />
        </Section>
      ))}
    </Stack>
  );
}

function Plan({ plan, canWrite }: { plan: PlanView; canWrite: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <Section title={intl.formatMessage({ id: 'strengthening.plan.title' })} id="fs-plan">
      <Group gap="lg">
        <Text size="sm">
          <FormattedMessage
            id="strengthening.plan.startedOn"
            values={{ date: format.date(plan.startedOn) }}
          />
        </Text>
        <Text size="sm" fw={600} c={plan.overdue ? 'red.9' : undefined} data-testid="next-review">
          <FormattedMessage
            id="strengthening.plan.nextReview"
            values={{ date: format.date(plan.nextReviewOn) }}
          />
          {plan.overdue && (
            <Badge ml="xs" color="red.9" variant="light" tt="none">
              <FormattedMessage id="strengthening.overdue" />
            </Badge>
          )}
        </Text>
      </Group>
      <GoalsTable plan={plan} canWrite={canWrite} />
      {canWrite && <AddGoal planId={plan.id} />}
      {canWrite && <ReviewForm plan={plan} />}
      <Reviews plan={plan} />
    </Section>
  );
}

function GoalsTable({ plan, canWrite }: { plan: PlanView; canWrite: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFsLabel();
  const [editing, setEditing] = useState<string | null>(null);
  const none = intl.formatMessage({ id: 'common.none' });
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'strengthening.goal.domain',
              'strengthening.goal.goal',
              'strengthening.goal.actions',
              'strengthening.goal.responsible',
              'strengthening.goal.targetOn',
              'strengthening.field.status',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
            {canWrite && <Table.Th scope="col" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.goals.map((g) =>
            editing === g.id ? (
              <Table.Tr key={g.id}>
                <Table.Td colSpan={7}>
                  <GoalEdit goal={g} onDone={() => setEditing(null)} />
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={g.id}>
                <Table.Td>{label('domain', g.domain)}</Table.Td>
                <Table.Td>{g.goal}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{g.actions || none}</Table.Td>
                <Table.Td>{g.responsible || none}</Table.Td>
                <Table.Td>{g.targetOn ? format.date(g.targetOn) : none}</Table.Td>
                <Table.Td>{label('goalStatus', g.status)}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(g.id)}>
                      <FormattedMessage id="strengthening.edit" />
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function GoalFields({
  value,
  errors,
  onChange,
}: {
  value: GoalForm;
  errors: Record<string, string>;
  onChange(value: GoalForm): void;
}) {
  const intl = useIntl();
  const options = useFsOptions();
  const t = (id: string) => intl.formatMessage({ id: `strengthening.goal.${id}` });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <NativeSelect
        label={t('domain')}
        value={value.domain}
        onChange={(e) => onChange({ ...value, domain: e.currentTarget.value as GoalForm['domain'] })}
        data={options('domain', RISK_DOMAINS)}
      />
      <TextInput
        label={t('goal')}
        required
        value={value.goal}
        error={errors.goal}
        onChange={(e) => onChange({ ...value, goal: e.currentTarget.value })}
      />
      <Textarea
        label={t('actions')}
        autosize
        minRows={1}
        value={value.actions}
        error={errors.actions}
        onChange={(e) => onChange({ ...value, actions: e.currentTarget.value })}
      />
      <TextInput
        label={t('responsible')}
        value={value.responsible}
        error={errors.responsible}
        onChange={(e) => onChange({ ...value, responsible: e.currentTarget.value })}
      />
      <DateField
        w="100%"
        label={t('targetOn')}
        value={value.targetOn}
        error={errors.targetOn}
        onChange={(e) => onChange({ ...value, targetOn: e.currentTarget.value })}
      />
    </SimpleGrid>
  );
}

/** A new plan: its start, its goals and (optionally) the first review date. */
function PlanForm({ enrolmentId, months }: { enrolmentId: string; months: number }) {
  const intl = useIntl();
  const start = useStartPlan();
  const [startedOn, setStartedOn] = useState(isoToday());
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [goals, setGoals] = useState<GoalForm[]>([emptyGoal()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { startedOn, nextReviewOn: nextReviewOn || null, goals: goals.map(goalBody) };
    const checked = planBodySchema.safeParse(body);
    setErrors(pathErrors(intl, checked, (f) => t(`strengthening.goal.${f}`)));
    if (!checked.success) return;
    try {
      await start.mutateAsync({ enrolmentId, ...checked.data });
    } catch (e) {
      setErrors(serverPathErrors(e));
    }
  }
  return (
    <Card withBorder component="section" aria-labelledby="fs-plan-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="fs-plan-form">
            <FormattedMessage id="strengthening.plan.new" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              w="100%"
              label={t('strengthening.goal.startedOn')}
              required
              value={startedOn}
              error={errors.startedOn}
              onChange={(e) => setStartedOn(e.currentTarget.value)}
            />
            <DateField
              w="100%"
              label={t('strengthening.goal.nextReviewOn')}
              description={t('strengthening.plan.defaultReview', { months })}
              value={nextReviewOn}
              error={errors.nextReviewOn}
              onChange={(e) => setNextReviewOn(e.currentTarget.value)}
            />
          </SimpleGrid>
          {goals.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
            <Paper key={i} withBorder p="sm">
              <Stack gap="xs">
                <Text fw={500} size="sm">
                  <FormattedMessage id="strengthening.plan.goalN" values={{ n: i + 1 }} />
                </Text>
                <GoalFields
                  value={g}
                  errors={under(errors, `goals.${i}.`)}
                  onChange={(v) => setGoals(goals.map((x, j) => (j === i ? v : x)))}
                />
                {goals.length > 1 && (
                  <Group justify="flex-end">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setGoals(goals.filter((_, j) => j !== i))}
                    >
                      <FormattedMessage id="strengthening.plan.removeGoal" values={{ n: i + 1 }} />
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() => setGoals([...goals, emptyGoal()])}
              disabled={goals.length >= 40}
            >
              <FormattedMessage id="strengthening.plan.addGoal" />
            </Button>
          </Group>
          <ErrorAlert error={start.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={start.isPending}>
              <FormattedMessage id="strengthening.plan.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function AddGoal({ planId }: { planId: string }) {
  const intl = useIntl();
  const add = useAddGoal();
  const [goal, setGoal] = useState<GoalForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!goal)
    return (
      <Group>
        <Button variant="default" size="xs" onClick={() => setGoal(emptyGoal())}>
          <FormattedMessage id="strengthening.plan.addGoal" />
        </Button>
      </Group>
    );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = goalBodySchema.safeParse(goalBody(goal!));
    setErrors(pathErrors(intl, checked, (f) => intl.formatMessage({ id: `strengthening.goal.${f}` })));
    if (!checked.success) return;
    try {
      await add.mutateAsync({ planId, ...checked.data });
      setGoal(null);
    } catch (e) {
      setErrors(serverPathErrors(e));
    }
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <GoalFields value={goal} errors={errors} onChange={setGoal} />
        <ErrorAlert error={add.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setGoal(null)}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" loading={add.isPending}>
            <FormattedMessage id="strengthening.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function GoalEdit({ goal, onDone }: { goal: GoalView; onDone(): void }) {
  const intl = useIntl();
  const options = useFsOptions();
  const change = useChangeGoal();
  const initial = (): GoalForm & { status: GoalStatus } => ({
    domain: goal.domain,
    goal: goal.goal,
    actions: goal.actions,
    responsible: goal.responsible,
    targetOn: goal.targetOn ?? '',
    status: goal.status,
  });
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = goalBodySchema.safeParse(goalBody(form));
    setErrors(pathErrors(intl, checked, (f) => intl.formatMessage({ id: `strengthening.goal.${f}` })));
    if (!checked.success) return;
    try {
      await change.mutateAsync({ id: goal.id, version: goal.version, status: form.status, ...checked.data });
      onDone();
    } catch (e) {
      setErrors(serverPathErrors(e));
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={change.error} onReload={() => setForm(initial())} />
        <GoalFields value={form} errors={errors} onChange={(v) => setForm({ ...form, ...v })} />
        <NativeSelect
          label={intl.formatMessage({ id: 'strengthening.field.status' })}
          value={form.status}
          onChange={(e) => setForm({ ...form, status: e.currentTarget.value as GoalStatus })}
          data={options('goalStatus', GOAL_STATUSES)}
          w={{ base: '100%', sm: 240 }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" loading={change.isPending}>
            <FormattedMessage id="strengthening.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A review: who took part, progress and status of every open goal, the next review date. */
function ReviewForm({ plan }: { plan: PlanView }) {
  const intl = useIntl();
  const label = useFsLabel();
  const options = useFsOptions();
  const review = useReviewPlan();
  const openGoals = plan.goals.filter((g) => OPEN_GOAL_STATUSES.includes(g.status));
  const [open, setOpen] = useState(false);
  const [heldOn, setHeldOn] = useState(isoToday());
  const [participants, setParticipants] = useState('');
  const [summary, setSummary] = useState('');
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [progress, setProgress] = useState<Record<string, { status: GoalStatus; progress: string }>>({});
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  if (!open)
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>
          <FormattedMessage id="strengthening.review.new" />
        </Button>
      </Group>
    );
  const goalState = (g: GoalView) => progress[g.id] ?? { status: g.status, progress: '' };
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await review.mutateAsync({
        planId: plan.id,
        version: plan.version,
        heldOn,
        participants,
        summary,
        nextReviewOn: nextReviewOn || null,
        goals: openGoals.map((g) => ({ goalId: g.id, ...goalState(g) })),
      });
      setOpen(false);
      setProgress({});
      setParticipants('');
      setSummary('');
      setNextReviewOn('');
    } catch {
      // Shown by the alert.
    }
  }
  return (
    <Card withBorder component="section" aria-labelledby="fs-review-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="fs-review-form">
            <FormattedMessage id="strengthening.review.new" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              w="100%"
              label={t('strengthening.review.heldOn')}
              required
              value={heldOn}
              onChange={(e) => setHeldOn(e.currentTarget.value)}
            />
            <DateField
              w="100%"
              label={t('strengthening.goal.nextReviewOn')}
              description={t('strengthening.review.defaultNext')}
              value={nextReviewOn}
              onChange={(e) => setNextReviewOn(e.currentTarget.value)}
            />
          </SimpleGrid>
          <TextInput
            label={t('strengthening.review.participants')}
            required
            value={participants}
            onChange={(e) => setParticipants(e.currentTarget.value)}
          />
          {openGoals.map((g) => (
            <Paper key={g.id} withBorder p="sm">
              <Stack gap="xs">
                <Text size="sm" fw={500}>
                  {label('domain', g.domain)}: {g.goal}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <NativeSelect
                    label={t('strengthening.review.goalStatus', { goal: g.goal })}
                    value={goalState(g).status}
                    onChange={(e) =>
                      setProgress({
                        ...progress,
                        [g.id]: { ...goalState(g), status: e.currentTarget.value as GoalStatus },
                      })
                    }
                    data={options('goalStatus', GOAL_STATUSES)}
                  />
                  <TextInput
                    label={t('strengthening.review.progress', { goal: g.goal })}
                    value={goalState(g).progress}
                    onChange={(e) =>
                      setProgress({
                        ...progress,
                        [g.id]: { ...goalState(g), progress: e.currentTarget.value },
                      })
                    }
                  />
                </SimpleGrid>
              </Stack>
            </Paper>
          ))}
          <Textarea
            label={t('strengthening.review.summary')}
            autosize
            minRows={2}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
          />
          <ErrorAlert error={review.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              <FormattedMessage id="strengthening.cancel" />
            </Button>
            <Button type="submit" loading={review.isPending}>
              <FormattedMessage id="strengthening.review.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Reviews({ plan }: { plan: PlanView }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFsLabel();
  if (!plan.reviews.length)
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="strengthening.review.none" />
      </Text>
    );
  const goalName = (id: string) => plan.goals.find((g) => g.id === id)?.goal ?? '';
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        <FormattedMessage id="strengthening.review.title" />
      </Title>
      {plan.reviews.map((r) => (
        <Paper key={r.id} withBorder p="sm">
          <Stack gap={4}>
            <Text fw={600}>
              <FormattedMessage
                id="strengthening.review.heading"
                values={{ date: format.date(r.heldOn), next: format.date(r.nextReviewOn) }}
              />
            </Text>
            <Text size="sm">
              {intl.formatMessage({ id: 'strengthening.review.participants' })}: {r.participants}
              {r.createdByName && ` · ${r.createdByName}`}
            </Text>
            {r.summary && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {r.summary}
              </Text>
            )}
            {r.goals.map((g) => (
              <Text size="sm" key={g.goalId}>
                {goalName(g.goalId)} — {label('goalStatus', g.status)}
                {g.progress && `: ${g.progress}`}
              </Text>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
