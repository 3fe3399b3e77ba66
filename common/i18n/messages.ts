import type { Locale } from './locales';
import auditAz from './locales/audit/az.json';
import auditEn from './locales/audit/en.json';
import auditRu from './locales/audit/ru.json';
import auditTr from './locales/audit/tr.json';
import az from './locales/az.json';
import casesAz from './locales/cases/az.json';
import casesEn from './locales/cases/en.json';
import casesRu from './locales/cases/ru.json';
import casesTr from './locales/cases/tr.json';
import cooperationAz from './locales/cooperation/az.json';
import cooperationEn from './locales/cooperation/en.json';
import cooperationRu from './locales/cooperation/ru.json';
import cooperationTr from './locales/cooperation/tr.json';
import dashboardAz from './locales/dashboard/az.json';
import dashboardEn from './locales/dashboard/en.json';
import dashboardRu from './locales/dashboard/ru.json';
import dashboardTr from './locales/dashboard/tr.json';
import en from './locales/en.json';
import exchangesAz from './locales/exchanges/az.json';
import exchangesEn from './locales/exchanges/en.json';
import exchangesRu from './locales/exchanges/ru.json';
import exchangesTr from './locales/exchanges/tr.json';
import exportsAz from './locales/exports/az.json';
import exportsEn from './locales/exports/en.json';
import exportsRu from './locales/exports/ru.json';
import exportsTr from './locales/exports/tr.json';
import fosterAz from './locales/foster/az.json';
import fosterEn from './locales/foster/en.json';
import fosterRu from './locales/foster/ru.json';
import fosterTr from './locales/foster/tr.json';
import practicesAz from './locales/practices/az.json';
import practicesEn from './locales/practices/en.json';
import practicesRu from './locales/practices/ru.json';
import practicesTr from './locales/practices/tr.json';
import programmesAz from './locales/programmes/az.json';
import programmesEn from './locales/programmes/en.json';
import programmesRu from './locales/programmes/ru.json';
import programmesTr from './locales/programmes/tr.json';
import ru from './locales/ru.json';
import securityAz from './locales/security/az.json';
import securityEn from './locales/security/en.json';
import securityRu from './locales/security/ru.json';
import securityTr from './locales/security/tr.json';
import strengtheningAz from './locales/strengthening/az.json';
import strengtheningEn from './locales/strengthening/en.json';
import strengtheningRu from './locales/strengthening/ru.json';
import strengtheningTr from './locales/strengthening/tr.json';
import tr from './locales/tr.json';
import workingGroupAz from './locales/working-group/az.json';
import workingGroupEn from './locales/working-group/en.json';
import workingGroupRu from './locales/working-group/ru.json';
import workingGroupTr from './locales/working-group/tr.json';

/**
 * The message catalogues (ICU MessageFormat), shared by the server and the web app: one file
 * per language for the core and one per area (so areas can grow without touching each other).
 */
export const catalogueParts: Record<Locale, Record<string, string>[]> = {
  az: [
    az,
    auditAz,
    casesAz,
    dashboardAz,
    exportsAz,
    fosterAz,
    programmesAz,
    securityAz,
    strengtheningAz,
    cooperationAz,
    workingGroupAz,
    practicesAz,
    exchangesAz,
  ],
  tr: [
    tr,
    auditTr,
    casesTr,
    dashboardTr,
    exportsTr,
    fosterTr,
    programmesTr,
    securityTr,
    strengtheningTr,
    cooperationTr,
    workingGroupTr,
    practicesTr,
    exchangesTr,
  ],
  ru: [
    ru,
    auditRu,
    casesRu,
    dashboardRu,
    exportsRu,
    fosterRu,
    programmesRu,
    securityRu,
    strengtheningRu,
    cooperationRu,
    workingGroupRu,
    practicesRu,
    exchangesRu,
  ],
  en: [
    en,
    auditEn,
    casesEn,
    dashboardEn,
    exportsEn,
    fosterEn,
    programmesEn,
    securityEn,
    strengtheningEn,
    cooperationEn,
    workingGroupEn,
    practicesEn,
    exchangesEn,
  ],
};

export const messages: Record<Locale, Record<string, string>> = {
  az: Object.assign({}, ...catalogueParts.az),
  tr: Object.assign({}, ...catalogueParts.tr),
  ru: Object.assign({}, ...catalogueParts.ru),
  en: Object.assign({}, ...catalogueParts.en),
};
