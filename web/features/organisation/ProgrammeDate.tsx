import { FormattedMessage } from 'react-intl';
import { formatDate } from '../../../common/i18n/format';
import type { DatePrecision } from '../../../common/organisation';
import { useLocale } from '../../i18n/I18nProvider';

/** A date known to the day, month or year ("since 2011"), in the interface language. */
export function ProgrammeDate({ date, precision }: { date: string | null; precision: DatePrecision }) {
  const { locale } = useLocale();
  if (!date) return <FormattedMessage id="programmes.unknownDate" />;
  return (
    <time dateTime={date.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10)}>
      {formatDate(locale, date, precision)}
    </time>
  );
}
