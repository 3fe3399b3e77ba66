import { useIntl } from 'react-intl';
import type { MemberCountry } from '../../../common/contracts/cooperation-hub';

/** A member country's name in the interface language (English where a language's name is missing). */
export function countryName(c: Pick<MemberCountry, 'names' | 'code'>, locale: string): string {
  return c.names[locale as keyof MemberCountry['names']] || c.names.en || c.code;
}

/** The labels of a country's fields, by the form's paths. */
export function useNameLabels(): Record<string, string> {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return {
    code: t('cooperation.hub.code'),
    'names.az': t('cooperation.hub.nameAz'),
    'names.tr': t('cooperation.hub.nameTr'),
    'names.ru': t('cooperation.hub.nameRu'),
    'names.en': t('cooperation.hub.nameEn'),
    joinedOn: t('cooperation.hub.col.joinedOn'),
    status: t('cooperation.hub.col.status'),
  };
}
