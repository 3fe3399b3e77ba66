import { Alert, Badge, List } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { ApplicationStatus } from '../../../common/foster';
import type { Breach } from './api';

/** The label of a coded value, `foster.<group>.<value>`, or the value itself for a code the catalogue lacks. */
export function useFosterLabel() {
  const intl = useIntl();
  return (group: string, value: string | null | undefined) => {
    if (!value) return intl.formatMessage({ id: 'common.none' });
    const id = `foster.${group}.${value}`;
    return id in intl.messages ? intl.formatMessage({ id }) : value;
  };
}

/** A requirement's name, with its number when the country asks for several, and whose it is. */
export function useRequirementName() {
  const label = useFosterLabel();
  const intl = useIntl();
  return (r: { code: string; sequence: number; memberName: string | null }, count: number) => {
    const name = label('requirement', r.code);
    const numbered =
      count > 1 ? intl.formatMessage({ id: 'foster.numbered' }, { name, n: r.sequence }) : name;
    return r.memberName ? `${numbered} — ${r.memberName}` : numbered;
  };
}

/** How many requirements share each code per member (to number them only when there are several). */
export function countsOf(requirements: { code: string; memberName: string | null }[]) {
  const counts = new Map<string, number>();
  for (const r of requirements) {
    const key = `${r.code}|${r.memberName ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (r: { code: string; memberName: string | null }) =>
    counts.get(`${r.code}|${r.memberName ?? ''}`) ?? 1;
}

/** Badges wrap rather than cut a long word off (“Tamamlanmayıb”, “Не выполнено”). */
const WRAP = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
} as const;

const STATUS_COLORS: Partial<Record<ApplicationStatus, string>> = {
  approved: 'green.9',
  active: 'green.9',
  available: 'green.9',
  denied: 'red.9',
  withdrawn: 'gray.7',
  closed: 'gray.7',
  renewal_due: 'orange.9',
  ready_for_review: 'violet.9',
};

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const label = useFosterLabel();
  return (
    <Badge color={STATUS_COLORS[status] ?? 'blue.9'} variant="light" tt="none" size="lg" styles={WRAP}>
      {label('status', status)}
    </Badge>
  );
}

const REQUIREMENT_COLORS = { complete: 'green.9', waived: 'gray.7', incomplete: 'orange.9' } as const;

export function RequirementBadge({ status }: { status: keyof typeof REQUIREMENT_COLORS }) {
  const label = useFosterLabel();
  return (
    <Badge color={REQUIREMENT_COLORS[status]} variant="light" tt="none" styles={WRAP}>
      {label('requirementStatus', status)}
    </Badge>
  );
}

/** The eligibility rules the household does not meet, in the server's words. */
export function BreachList({ breaches, title }: { breaches: Breach[]; title: string }) {
  if (breaches.length === 0) return null;
  return (
    <Alert color="orange" title={title} role="status">
      <List size="sm" spacing={4}>
        {breaches.map((b) => (
          <List.Item key={`${b.rule}-${b.who ?? ''}`}>{b.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
