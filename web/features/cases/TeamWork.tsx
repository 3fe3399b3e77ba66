import { Accordion, Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DueItem, TeamWorker } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { DueList } from './DueList';
import { useTeamWork } from './team-api';

// The hand-over form (and the form library with the contract's rules) arrives only when a
// supervisor opens it: the start page stays light for everyone (decision 0037).
const ReassignForm = lazy(() => import('./ReassignForm').then((m) => ({ default: m.ReassignForm })));

interface Handing {
  caseId: string;
  caseNumber: string;
  fromWorkerId: string | null;
}

const keyOf = (w: { workerId: string | null }) => w.workerId ?? 'unassigned';

/**
 * The supervisor's view of the team on the start page: each worker with their overdue and due
 * counts (busiest first), opened to the items themselves; an item opens its case, and its case
 * can be handed to another worker from here.
 */
export function TeamWork() {
  const query = useTeamWork(true);
  const [handing, setHanding] = useState<Handing | null>(null);
  const [handed, setHanded] = useState<{ caseNumber: string; name: string } | null>(null);
  return (
    <Card withBorder component="section" aria-labelledby="team-title">
      <Title order={2} size="h3" id="team-title">
        <FormattedMessage id="cases.team.title" />
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        <FormattedMessage id="cases.team.hint" />
      </Text>
      {handed && (
        <Alert color="teal" role="status" mb="sm" withCloseButton onClose={() => setHanded(null)}>
          <FormattedMessage id="cases.team.done" values={handed} />
        </Alert>
      )}
      <QueryState query={query}>
        {(team) =>
          team.workers.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cases.team.none" />
            </Text>
          ) : (
            <Accordion multiple variant="separated" chevronPosition="left">
              {team.workers.map((worker) => (
                <WorkerItem
                  key={keyOf(worker)}
                  worker={worker}
                  handing={handing?.fromWorkerId === worker.workerId ? handing : null}
                  onHand={(item) => {
                    setHanded(null);
                    setHanding({
                      caseId: item.caseId!,
                      caseNumber: item.caseNumber!,
                      fromWorkerId: worker.workerId,
                    });
                  }}
                  onHanded={(name) => {
                    if (handing && name !== undefined) setHanded({ caseNumber: handing.caseNumber, name });
                    setHanding(null);
                  }}
                />
              ))}
            </Accordion>
          )
        }
      </QueryState>
    </Card>
  );
}

function WorkerItem({
  worker,
  handing,
  onHand,
  onHanded,
}: {
  worker: TeamWorker;
  handing: Handing | null;
  onHand(item: DueItem): void;
  onHanded(name?: string): void;
}) {
  const intl = useIntl();
  return (
    <Accordion.Item value={keyOf(worker)} data-testid="team-worker">
      <Accordion.Control>
        <Group gap="xs" wrap="wrap">
          <Text fw={700}>{worker.displayName ?? intl.formatMessage({ id: 'cases.unassigned' })}</Text>
          {!worker.inTeam && worker.workerId && (
            <Text span size="sm" c="dimmed">
              (<FormattedMessage id="cases.team.left" />)
            </Text>
          )}
          {worker.overdue > 0 && (
            <Badge color="red.8" variant="filled" tt="none" data-testid="team-overdue">
              <FormattedMessage id="cases.team.overdue" values={{ count: worker.overdue }} />
            </Badge>
          )}
          <Badge color="yellow.9" variant="light" tt="none">
            <FormattedMessage id="cases.team.dueSoon" values={{ count: worker.dueSoon }} />
          </Badge>
          <Badge color="gray.7" variant="light" tt="none">
            <FormattedMessage id="cases.team.openCases" values={{ count: worker.openCases }} />
          </Badge>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          {handing && (
            <Suspense
              fallback={<Loader size="sm" aria-label={intl.formatMessage({ id: 'common.loading' })} />}
            >
              <ReassignForm
                key={handing.caseId}
                caseId={handing.caseId}
                caseNumber={handing.caseNumber}
                fromWorkerId={handing.fromWorkerId}
                onDone={onHanded}
              />
            </Suspense>
          )}
          <DueList
            items={worker.items}
            action={(item) =>
              item.caseId && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => onHand(item)}
                  aria-label={intl.formatMessage(
                    { id: 'cases.team.reassignFor' },
                    { caseNumber: item.caseNumber, child: item.childName },
                  )}
                >
                  <FormattedMessage id="cases.team.reassign" />
                </Button>
              )
            }
          />
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
