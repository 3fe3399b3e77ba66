import {
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { REVIEW_KINDS } from '../../../common/cases';
import { type ReviewBody, reviewBodySchema } from '../../../common/contracts/cases';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useRecordReview } from './api';
import { DateField, EnumSelect, ErrorAlert, isoToday, orNull } from './shared';

export const Q4C_STANDARDS = Array.from({ length: 18 }, (_, i) => i + 1);

const empty = (): ReviewBody => ({
  heldOn: isoToday(),
  kind: 'periodic',
  participants: '',
  childHeard: '',
  findings: '',
  necessityHolds: true,
  suitabilityHolds: true,
  decisions: '',
  nextReviewOn: '',
  q4cStandards: [],
});

/** Records a review: who took part, how the child was heard, whether the placement still holds. */
export function ReviewForm({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const [form, setForm] = useState<ReviewBody>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const record = useRecordReview(caseId);
  const t = (id: string) => intl.formatMessage({ id: `cases.review.${id}` });
  const labels = Object.fromEntries(Object.keys(empty()).map((k) => [k, t(k)]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = reviewBodySchema.safeParse({ ...form, nextReviewOn: orNull(form.nextReviewOn ?? '') });
    setErrors(clientFieldErrors(intl, checked, labels));
    if (!checked.success) return;
    try {
      await record.mutateAsync(checked.data);
      setForm(empty());
      setSaved(true);
    } catch (e) {
      setErrors(serverFieldErrors(e));
    }
  }
  const area = (key: 'participants' | 'childHeard' | 'findings' | 'decisions', required = false) => (
    <Textarea
      label={labels[key]}
      required={required}
      autosize
      minRows={2}
      value={form[key] ?? ''}
      error={errors[key]}
      onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
    />
  );

  return (
    <Card withBorder component="section" aria-labelledby="review-form-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="review-form-title">
            <FormattedMessage id="cases.review.new" />
          </Title>
          <ErrorAlert error={record.error} />
          {saved && (
            <div role="status">
              <FormattedMessage id="cases.saved" />
            </div>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={labels.heldOn}
              required
              value={form.heldOn}
              error={errors.heldOn}
              onChange={(e) => setForm({ ...form, heldOn: e.currentTarget.value })}
            />
            <EnumSelect
              label={labels.kind}
              group="reviewKind"
              values={REVIEW_KINDS}
              value={form.kind}
              onChange={(v) => setForm({ ...form, kind: v as ReviewBody['kind'] })}
            />
          </SimpleGrid>
          {area('participants', true)}
          {area('childHeard', true)}
          {area('findings')}
          <Group>
            <Checkbox
              label={labels.necessityHolds}
              checked={form.necessityHolds}
              onChange={(e) => setForm({ ...form, necessityHolds: e.currentTarget.checked })}
            />
            <Checkbox
              label={labels.suitabilityHolds}
              checked={form.suitabilityHolds}
              onChange={(e) => setForm({ ...form, suitabilityHolds: e.currentTarget.checked })}
            />
          </Group>
          {area('decisions')}
          <DateField
            label={labels.nextReviewOn}
            value={form.nextReviewOn ?? ''}
            error={errors.nextReviewOn}
            onChange={(e) => setForm({ ...form, nextReviewOn: e.currentTarget.value })}
          />
          <MultiSelect
            label={labels.q4cStandards}
            searchable
            data={Q4C_STANDARDS.map((n) => ({
              value: String(n),
              label: `${n}. ${intl.formatMessage({ id: `cases.q4c.${n}` })}`,
            }))}
            value={(form.q4cStandards ?? []).map(String)}
            onChange={(v) => setForm({ ...form, q4cStandards: v.map(Number) })}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending}>
              <FormattedMessage id="cases.review.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
