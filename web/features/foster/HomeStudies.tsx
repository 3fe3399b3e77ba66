import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { homeStudyBodySchema } from '../../../common/contracts/foster';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useFormat } from '../../lib/format';
import { type HomeStudy, useAddHomeStudy } from './api';
import { useFosterLabel } from './shared';

const RECOMMENDATIONS = homeStudyBodySchema.shape.recommendation.options;

/** Home-study reports, newest first, and the form to add one. */
export function HomeStudies({
  familyId,
  reports,
  canManage,
}: {
  familyId: string;
  reports: HomeStudy[];
  canManage: boolean;
}) {
  const format = useFormat();
  const label = useFosterLabel();
  const sorted = [...reports].sort((a, b) => b.visitedOn.localeCompare(a.visitedOn));
  return (
    <Stack>
      {sorted.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="foster.homeStudy.none" />
        </Text>
      ) : (
        sorted.map((h) => (
          <Paper key={h.id} withBorder p="sm" component="article" data-testid="foster-home-study">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={3} size="h5">
                <FormattedMessage id="foster.homeStudy.visit" values={{ date: format.date(h.visitedOn) }} />
              </Title>
              <Text size="sm" fw={600}>
                {label('recommendation', h.recommendation)}
              </Text>
            </Group>
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {h.findings}
            </Text>
            {h.writtenBy && (
              <Text size="xs" c="dimmed" mt="xs">
                <FormattedMessage id="foster.homeStudy.writtenBy" values={{ name: h.writtenBy }} />
              </Text>
            )}
          </Paper>
        ))
      )}
      {canManage && <HomeStudyForm familyId={familyId} />}
    </Stack>
  );
}

function HomeStudyForm({ familyId }: { familyId: string }) {
  const intl = useIntl();
  const label = useFosterLabel();
  const add = useAddHomeStudy(familyId);
  const labels = {
    visitedOn: intl.formatMessage({ id: 'foster.homeStudy.visitedOn' }),
    findings: intl.formatMessage({ id: 'foster.homeStudy.findings' }),
    recommendation: intl.formatMessage({ id: 'foster.homeStudy.recommendation' }),
  };
  const form = useSchemaForm(homeStudyBodySchema, {
    initialValues: { visitedOn: isoToday(), findings: '', recommendation: 'continue' },
    labels,
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="foster-home-study-form">
      <form
        onSubmit={form.submitWith(async (report) => {
          await add.mutateAsync(report);
          form.reset();
        })}
        noValidate
      >
        <Stack>
          <Title order={3} size="h4" id="foster-home-study-form">
            <FormattedMessage id="foster.homeStudy.add" />
          </Title>
          <Group align="start" wrap="wrap">
            <DateField
              label={labels.visitedOn}
              required
              max={isoToday()}
              {...form.getInputProps('visitedOn')}
            />
            <NativeSelect
              label={labels.recommendation}
              required
              data={RECOMMENDATIONS.map((r) => ({ value: r, label: label('recommendation', r) }))}
              {...form.getInputProps('recommendation')}
            />
          </Group>
          <Textarea
            label={labels.findings}
            description={intl.formatMessage({ id: 'foster.homeStudy.findingsHint' })}
            required
            autosize
            minRows={4}
            maxLength={8000}
            {...form.getInputProps('findings')}
          />
          <ErrorAlert error={add.error} reloadKey={null} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              <FormattedMessage id="foster.homeStudy.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
