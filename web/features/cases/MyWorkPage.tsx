import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useCan, useSession } from '../../lib/session';
import { useMyWork } from './api';
import { CaseTable } from './CaseTable';
import { DueList } from './DueList';
import { FosterVisitsDue } from './FosterVisitsDue';
import { TeamWork } from './TeamWork';

const PAGE_SIZE = 20;

/** The start page of the people who work with cases: what is due, then their own cases. */
export function MyWorkPage() {
  const { user } = useSession();
  const canWrite = useCan('cases.write');
  const canApprove = useCan('cases.approve');
  const canSeeFoster = useCan('foster.read');
  const canSupervise = useCan('cases.supervise');
  const query = useMyWork();
  const [page, setPage] = useState(1);
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>
          <FormattedMessage id="home.welcome" values={{ name: user?.displayName }} />
        </Title>
        {canWrite && (
          <Button component={Link} to="/cases/new">
            <FormattedMessage id="cases.newReferral" />
          </Button>
        )}
      </Group>
      <QueryState query={query}>
        {(work) => {
          const approvals = work.due.items.filter((d) => d.kind.endsWith('_approval'));
          const due = work.due.items.filter((d) => !d.kind.endsWith('_approval'));
          const overdue = due.filter((d) => d.overdue).length;
          return (
            <>
              {canApprove && (
                <Card withBorder component="section" aria-labelledby="approvals-title">
                  <Title order={2} size="h3" id="approvals-title" mb="sm">
                    <FormattedMessage id="cases.myWork.approvals" values={{ count: approvals.length }} />
                  </Title>
                  {approvals.length > 0 && <DueList items={approvals} />}
                </Card>
              )}
              {canSupervise && <TeamWork />}
              {canSeeFoster && <FosterVisitsDue />}
              <Card withBorder component="section" aria-labelledby="due-title">
                <Title order={2} size="h3" id="due-title" mb="xs">
                  <FormattedMessage id="cases.myWork.due" />
                </Title>
                {overdue > 0 && (
                  <Text c="red" fw={700} mb="xs">
                    <FormattedMessage id="cases.myWork.overdueCount" values={{ count: overdue }} />
                  </Text>
                )}
                <DueList items={due} />
              </Card>
              <section aria-labelledby="mine-title">
                <Title order={2} size="h3" id="mine-title" mb="sm">
                  <FormattedMessage id="cases.myWork.cases" values={{ count: work.cases.total }} />
                </Title>
                {work.cases.items.length === 0 ? (
                  <Text c="dimmed">
                    <FormattedMessage id="cases.myWork.noCases" />
                  </Text>
                ) : (
                  <>
                    <CaseTable cases={work.cases.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)} />
                    <Pager
                      page={page}
                      pageSize={PAGE_SIZE}
                      total={work.cases.items.length}
                      onChange={setPage}
                    />
                  </>
                )}
              </section>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
