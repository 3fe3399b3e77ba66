import { Box, Group, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { RISK_DOMAINS, RISK_SCORES, type RiskDomain } from '../../../common/strengthening';
import { useFormat } from '../../lib/format';
import type { AssessmentView } from './api';
import { RiskBadge, useFsLabel } from './shared';

/** One colour, dash and marker per domain, so the lines stay apart without colour too. */
const STYLE: Record<
  RiskDomain,
  { colour: string; dash?: string; marker: 'circle' | 'square' | 'triangle' | 'diamond' }
> = {
  housing: { colour: '#1864ab', marker: 'circle' },
  income: { colour: '#c92a2a', dash: '6 3', marker: 'square' },
  parenting: { colour: '#2b8a3e', dash: '2 3', marker: 'triangle' },
  health: { colour: '#862e9c', dash: '8 3 2 3', marker: 'diamond' },
  schooling: { colour: '#d9480f', marker: 'square' },
  safety: { colour: '#0b7285', dash: '6 3', marker: 'circle' },
};

function Marker({ x, y, domain }: { x: number; y: number; domain: RiskDomain }) {
  const { colour, marker } = STYLE[domain];
  const r = 4.5;
  if (marker === 'circle') return <circle cx={x} cy={y} r={r} fill={colour} />;
  if (marker === 'square') return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} fill={colour} />;
  if (marker === 'triangle')
    return <path d={`M${x},${y - r - 1} L${x + r + 1},${y + r} L${x - r - 1},${y + r} Z`} fill={colour} />;
  return (
    <path d={`M${x},${y - r - 1} L${x + r + 1},${y} L${x},${y + r + 1} L${x - r - 1},${y} Z`} fill={colour} />
  );
}

/**
 * The scores of the risk-of-separation assessments over time: one line per domain on a 1–5
 * scale (higher is better), with labelled axes and a legend. The same numbers follow in a table,
 * which is what screen readers read (the drawing itself is described by its title).
 */
export function ScoreChart({ assessments }: { assessments: AssessmentView[] }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFsLabel();
  const titleId = useId();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const width = 640;
  const height = 300;
  const pad = { left: 64, right: 24, top: 16, bottom: 72 };
  const times = assessments.map((a) => Date.parse(a.assessedOn));
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  const x = (i: number) =>
    assessments.length < 2 || span === 0
      ? pad.left + (width - pad.left - pad.right) / 2
      : pad.left + ((times[i]! - first) / span) * (width - pad.left - pad.right);
  // Lines of equal scores would hide each other: each domain sits a hair above or below.
  const y = (score: number, d: number) =>
    pad.top + ((5 - score + (d - 2.5) * 0.045) / 4) * (height - pad.top - pad.bottom);
  // Dates close together take turns on two lines, so their labels never overlap.
  const row: number[] = [];
  assessments.forEach((_, i) => {
    row.push(i > 0 && x(i) - x(i - 1) < 110 && row[i - 1] === 0 ? 1 : 0);
  });
  const scoreOf = (a: AssessmentView, domain: RiskDomain) => a.scores.find((s) => s.domain === domain)?.score;
  const last = assessments.at(-1);
  const summary = last
    ? t('strengthening.chart.summary', {
        count: assessments.length,
        from: format.date(assessments[0]!.assessedOn),
        to: format.date(last.assessedOn),
      })
    : '';

  return (
    <Box>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        style={{ maxWidth: width, display: 'block' }}
        data-testid="score-chart"
      >
        <title id={titleId}>{`${t('strengthening.chart.title')}. ${summary}`}</title>
        {RISK_SCORES.map((s) => (
          <g key={s}>
            <line x1={pad.left} x2={width - pad.right} y1={y(s, 2.5)} y2={y(s, 2.5)} stroke="#dee2e6" />
            <text x={pad.left - 8} y={y(s, 2.5) + 4} fontSize="14" textAnchor="end" fill="#343a40">
              {format.number(s)}
            </text>
          </g>
        ))}
        <text
          x={18}
          y={pad.top + (height - pad.top - pad.bottom) / 2}
          fontSize="14"
          fill="#343a40"
          textAnchor="middle"
          transform={`rotate(-90 18 ${pad.top + (height - pad.top - pad.bottom) / 2})`}
        >
          {t('strengthening.chart.yAxis')}
        </text>
        <line
          x1={pad.left}
          x2={width - pad.right}
          y1={height - pad.bottom + 6}
          y2={height - pad.bottom + 6}
          stroke="#868e96"
        />
        {assessments.map((a, i) => (
          <text
            key={a.id}
            x={x(i)}
            y={height - pad.bottom + 26 + (row[i] ?? 0) * 16}
            fontSize="14"
            textAnchor={
              assessments.length > 1 && i === 0
                ? 'start'
                : i === assessments.length - 1 && i > 0
                  ? 'end'
                  : 'middle'
            }
            fill="#343a40"
          >
            {format.date(a.assessedOn)}
          </text>
        ))}
        <text
          x={pad.left + (width - pad.left - pad.right) / 2}
          y={height - 8}
          fontSize="14"
          textAnchor="middle"
          fill="#343a40"
        >
          {t('strengthening.chart.xAxis')}
        </text>
        {RISK_DOMAINS.map((domain, d) => {
          const points = assessments
            .map((a, i) => ({ i, score: scoreOf(a, domain) }))
            .filter((p): p is { i: number; score: number } => p.score !== undefined);
          const path = points
            .map((p, k) => `${k ? 'L' : 'M'}${x(p.i).toFixed(1)},${y(p.score, d).toFixed(1)}`)
            .join(' ');
          return (
            <g key={domain}>
              <path
                d={path}
                fill="none"
                stroke={STYLE[domain].colour}
                strokeWidth={2}
                strokeDasharray={STYLE[domain].dash}
              />
              {points.map((p) => (
                <Marker key={p.i} x={x(p.i)} y={y(p.score, d)} domain={domain} />
              ))}
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt={4} aria-hidden="true">
        {RISK_DOMAINS.map((domain) => (
          <Group key={domain} gap={4} wrap="nowrap">
            <svg width="28" height="12" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="6"
                y2="6"
                stroke={STYLE[domain].colour}
                strokeWidth={2}
                strokeDasharray={STYLE[domain].dash}
              />
              <Marker x={18} y={6} domain={domain} />
            </svg>
            <Text size="sm">{label('domain', domain)}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}

/** The scores as a table: a row per domain, a column per assessment (with its overall risk). */
export function ScoreTable({ assessments }: { assessments: AssessmentView[] }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFsLabel();
  return (
    <Table.ScrollContainer minWidth={Math.max(360, 180 + assessments.length * 130)}>
      <Table striped withTableBorder fz="sm">
        <Table.Caption>{intl.formatMessage({ id: 'strengthening.chart.table' })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{intl.formatMessage({ id: 'strengthening.assessment.domain' })}</Table.Th>
            {assessments.map((a) => (
              <Table.Th scope="col" key={a.id}>
                {format.date(a.assessedOn)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {RISK_DOMAINS.map((domain) => (
            <Table.Tr key={domain}>
              <Table.Th scope="row">{label('domain', domain)}</Table.Th>
              {assessments.map((a) => {
                const s = a.scores.find((x) => x.domain === domain);
                return (
                  <Table.Td key={a.id} title={s?.note || undefined}>
                    {s ? `${format.number(s.score)} · ${label('score', s.score)}` : label('score', null)}
                    {s?.note && (
                      <Text size="xs" c="dimmed">
                        {s.note}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{intl.formatMessage({ id: 'strengthening.assessment.risk' })}</Table.Th>
            {assessments.map((a) => (
              <Table.Td key={a.id}>
                <RiskBadge level={a.riskLevel} />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
