import { Alert, Anchor, List } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useCan } from '../../lib/session';
import { useUnmatchedDistricts } from './api';

/**
 * The families whose district, written as free text before there was a list, matched no place:
 * the officer opens each family and chooses its city or district (decision 0044).
 */
export function UnmatchedDistricts() {
  const intl = useIntl();
  const canManage = useCan('foster.manage');
  const unmatched = useUnmatchedDistricts(canManage);
  const families = unmatched.data ?? [];
  if (!families.length) return null;
  return (
    <Alert
      color="orange"
      title={intl.formatMessage({ id: 'foster.district.unmatchedTitle' }, { count: families.length })}
    >
      <List size="sm">
        {families.map((f) => (
          <List.Item key={f.id}>
            <Anchor component={Link} to={`/foster/${f.id}`}>
              {f.reference}
            </Anchor>
            {`: ${f.district}`}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
