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
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { REVIEW_KINDS } from '../../../common/cases';
import { type ReviewBody, reviewBodySchema } from '../../../common/contracts/cases';
import { Q4C_STANDARDS } from '../../../common/quality4children';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useLocalized } from '../../lib/format';
import { useRecordReview } from './api';
import { bindingsAt, orNull } from './form-bindings';

/** The review as typed: the standards as the select holds them (their numbers as text). */
type ReviewForm = Omit<ReviewBody, 'q4cStandards'> & { q4cStandards: string[] };

const empty = (): ReviewForm => ({
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

/** The review as typed, checked as the API will take it. */
const reviewFormSchema = z.preprocess(
  (form: ReviewForm) => ({
    ...form,
    nextReviewOn: orNull(form.nextReviewOn),
    q4cStandards: form.q4cStandards.map(Number),
  }),
  reviewBodySchema,
);

/** Records a review: who took part, how the child was heard, whether the placement still holds. */
export function ReviewForm({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const localized = useLocalized();
  const [saved, setSaved] = useState(false);
  const record = useRecordReview(caseId);
  const t = (id: string) => intl.formatMessage({ id: `cases.review.${id}` });
  const labels = Object.fromEntries(Object.keys(empty()).map((k) => [k, t(k)]));
  const form = useSchemaForm(reviewFormSchema, { initialValues: empty(), labels });
  const at = bindingsAt(form, '');
  const area = (key: 'participants' | 'childHeard' | 'findings' | 'decisions', required = false) => (
    <Textarea label={labels[key]} required={required} autosize minRows={2} {...at.input(key)} />
  );

  return (
    <Card withBorder component="section" aria-labelledby="review-form-title">
      <form
        onSubmit={(event) => {
          setSaved(false);
          form.submitWith(async (review) => {
            await record.mutateAsync(review);
            form.setValues(empty());
            form.resetDirty(empty());
            setSaved(true);
          })(event);
        }}
        noValidate
      >
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
            <DateField label={labels.heldOn} required {...at.input('heldOn')} />
            <EnumSelect label={labels.kind} group="reviewKind" values={REVIEW_KINDS} {...at.input('kind')} />
          </SimpleGrid>
          {area('participants', true)}
          {area('childHeard', true)}
          {area('findings')}
          <Group>
            <Checkbox label={labels.necessityHolds} {...at.checkbox('necessityHolds')} />
            <Checkbox label={labels.suitabilityHolds} {...at.checkbox('suitabilityHolds')} />
          </Group>
          {area('decisions')}
          <DateField label={labels.nextReviewOn} {...at.input('nextReviewOn')} />
          <MultiSelect
            label={labels.q4cStandards}
            searchable
            data={Q4C_STANDARDS.map((s) => ({
              value: String(s.number),
              label: `${s.number}. ${localized(s.title)}`,
            }))}
            {...at.input('q4cStandards')}
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
