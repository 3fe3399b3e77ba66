import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { homeStudyBodySchema } from '../../../common/contracts/foster';
import { useFormat } from '../../lib/format';
import { type HomeStudy, type HomeStudyBody, useAddHomeStudy } from './api';
import { fieldErrorsByPath, isoToday, ServerError, serverErrorsByPath, useFosterLabel } from './shared';

const RECOMMENDATIONS = ['continue', 'approve', 'deny', 'more_information'] as const;

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
  const empty: HomeStudyBody = { visitedOn: isoToday(), findings: '', recommendation: 'continue' };
  const [form, setForm] = useState<HomeStudyBody>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels: Record<string, string> = {
    visitedOn: intl.formatMessage({ id: 'foster.homeStudy.visitedOn' }),
    findings: intl.formatMessage({ id: 'foster.homeStudy.findings' }),
    recommendation: intl.formatMessage({ id: 'foster.homeStudy.recommendation' }),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = homeStudyBodySchema.safeParse(form);
    setErrors(fieldErrorsByPath(intl, checked, (p) => labels[p] ?? p));
    if (!checked.success) return;
    try {
      await add.mutateAsync(checked.data);
      setForm(empty);
    } catch (error) {
      setErrors(serverErrorsByPath(error));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="foster-home-study-form">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="foster-home-study-form">
            <FormattedMessage id="foster.homeStudy.add" />
          </Title>
          <Group align="start" wrap="wrap">
            <TextInput
              type="date"
              label={labels.visitedOn}
              required
              max={isoToday()}
              w={{ base: '100%', xs: 200 }}
              value={form.visitedOn}
              error={errors.visitedOn}
              onChange={(e) => setForm({ ...form, visitedOn: e.currentTarget.value })}
            />
            <NativeSelect
              label={labels.recommendation}
              required
              value={form.recommendation}
              error={errors.recommendation}
              data={RECOMMENDATIONS.map((r) => ({ value: r, label: label('recommendation', r) }))}
              onChange={(e) =>
                setForm({ ...form, recommendation: e.currentTarget.value as HomeStudyBody['recommendation'] })
              }
            />
          </Group>
          <Textarea
            label={labels.findings}
            description={intl.formatMessage({ id: 'foster.homeStudy.findingsHint' })}
            required
            autosize
            minRows={4}
            maxLength={8000}
            value={form.findings}
            error={errors.findings}
            onChange={(e) => setForm({ ...form, findings: e.currentTarget.value })}
          />
          <ServerError error={add.error} />
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
