import type { LocalizedText } from '../../../common/i18n/locales';
import type { DatePrecision, ProgrammeType } from '../../../common/organisation';

/**
 * Reference data from the founding texts of SOS Children's Villages – Azerbaijan
 * (`shared/domain.md` §1). Sources disagree on some dates, so they are data here, not
 * constants in code; an administrator can correct them. Where the texts give no figure
 * (the Ganja village's houses, which location runs a Youth House) the choice is marked
 * in `sourceNote`.
 */
export interface LocationSeed {
  code: string;
  name: LocalizedText;
}

export interface MilestoneSeed {
  date: string;
  precision: DatePrecision;
  event: LocalizedText;
}

export interface ProgrammeSeed {
  code: string;
  type: ProgrammeType;
  location: string;
  name?: LocalizedText;
  startDate?: string;
  startDatePrecision?: DatePrecision;
  milestones?: MilestoneSeed[];
  houses?: { count: number; capacity: number };
  sourceNote?: string;
}

export const LOCATIONS: LocationSeed[] = [
  { code: 'baku', name: { az: 'Bakı', tr: 'Bakü', ru: 'Баку', en: 'Baku' } },
  { code: 'ganja', name: { az: 'Gəncə', tr: 'Gence', ru: 'Гянджа', en: 'Ganja' } },
  { code: 'sumgait', name: { az: 'Sumqayıt', tr: 'Sumgayıt', ru: 'Сумгаит', en: 'Sumgait' } },
];

/** How a programme of each type is called; the location's name is added after a comma. */
export const PROGRAMME_TYPE_NAMES: Record<ProgrammeType, LocalizedText> = {
  family_based_care: {
    az: 'SOS Uşaq Kəndi',
    tr: 'SOS Çocukköyü',
    ru: 'Детская деревня SOS',
    en: "SOS Children's Village",
  },
  youth_house: { az: 'Gənclər Evi', tr: 'Gençlik evi', ru: 'Молодёжный дом', en: 'Youth House' },
  education: {
    az: 'Təhsil proqramı',
    tr: 'Eğitim programı',
    ru: 'Образовательная программа',
    en: 'Education programme',
  },
  day_care: {
    az: 'Günərzi Qayğı Mərkəzi',
    tr: 'Gündüz bakım merkezi',
    ru: 'Центр дневного ухода',
    en: 'Day-care centre',
  },
  short_term_care: {
    az: 'Qısa Müddətli Qayğı',
    tr: 'Kısa süreli bakım',
    ru: 'Кратковременный уход',
    en: 'Short-term care',
  },
  family_strengthening: {
    az: 'Ailənin gücləndirilməsi (erkən müdaxilə)',
    tr: 'Aileyi güçlendirme (erken müdahale)',
    ru: 'Укрепление семьи (раннее вмешательство)',
    en: 'Family strengthening (early intervention)',
  },
  kindergarten: { az: 'SOS Uşaq Bağçası', tr: 'SOS Anaokulu', ru: 'Детский сад SOS', en: 'SOS Kindergarten' },
  social_centre: {
    az: 'SOS Sosial Mərkəzi',
    tr: 'SOS Sosyal Merkezi',
    ru: 'Социальный центр SOS',
    en: 'SOS Social Centre',
  },
};

const event = (az: string, tr: string, ru: string, en: string): LocalizedText => ({ az, tr, ru, en });

export const PROGRAMMES: ProgrammeSeed[] = [
  {
    code: 'baku-village',
    type: 'family_based_care',
    location: 'baku',
    startDate: '2000-09-01',
    startDatePrecision: 'month',
    houses: { count: 14, capacity: 9 },
    sourceNote: 'Reported with 14 houses and 126 places.',
    milestones: [
      {
        date: '1997-01-01',
        precision: 'year',
        event: event(
          'Dövlətlə əməkdaşlıq sazişi',
          'Devletle işbirliği anlaşması',
          'Соглашение о сотрудничестве с государством',
          'Cooperation agreement with the state',
        ),
      },
      {
        date: '1998-01-01',
        precision: 'year',
        event: event(
          'Bakıda torpaq sahəsi verildi; tikinti başladı',
          "Bakü'de arsa verildi; inşaat başladı",
          'Выделен участок в Баку; начато строительство',
          'Land in Baku given; construction began',
        ),
      },
      {
        date: '2000-09-01',
        precision: 'month',
        event: event(
          'Uşaqlar kəndə köçdü',
          'Çocuklar köye taşındı',
          'Дети переехали в деревню',
          'Children moved in',
        ),
      },
      {
        date: '2000-11-01',
        precision: 'month',
        event: event('Rəsmi açılış', 'Resmî açılış', 'Официальное открытие', 'Official opening'),
      },
      {
        date: '2001-06-01',
        precision: 'month',
        event: event('Kənd genişləndirildi', 'Köy genişletildi', 'Деревня расширена', 'Village extended'),
      },
    ],
  },
  {
    code: 'baku-kindergarten',
    type: 'kindergarten',
    location: 'baku',
    startDate: '2001-06-01',
    startDatePrecision: 'month',
    milestones: [
      {
        date: '2001-06-01',
        precision: 'month',
        event: event('Bağça tikildi', 'Anaokulu inşa edildi', 'Построен детский сад', 'Kindergarten built'),
      },
    ],
  },
  {
    code: 'ganja-village',
    type: 'family_based_care',
    location: 'ganja',
    startDate: '2005-12-01',
    startDatePrecision: 'month',
    houses: { count: 12, capacity: 8 },
    sourceNote:
      'The founding texts give no house count for Ganja; 12 houses of 8 places is a placeholder to correct.',
    milestones: [
      {
        date: '2004-08-01',
        precision: 'month',
        event: event('Tikinti başladı', 'İnşaat başladı', 'Начато строительство', 'Construction began'),
      },
      {
        date: '2005-12-01',
        precision: 'month',
        event: event('Kənd açıldı', 'Köy açıldı', 'Деревня открыта', 'Village opened'),
      },
    ],
  },
  {
    code: 'baku-social-centre',
    type: 'social_centre',
    location: 'baku',
    sourceNote: 'Location assumed: Baku.',
  },
  {
    code: 'baku-youth-house',
    type: 'youth_house',
    location: 'baku',
    sourceNote: 'Youth House projects; locations assumed.',
  },
  {
    code: 'ganja-youth-house',
    type: 'youth_house',
    location: 'ganja',
    sourceNote: 'Youth House projects; locations assumed.',
  },
  { code: 'baku-education', type: 'education', location: 'baku' },
  { code: 'ganja-education', type: 'education', location: 'ganja' },
  { code: 'sumgait-education', type: 'education', location: 'sumgait' },
  { code: 'baku-day-care', type: 'day_care', location: 'baku' },
  { code: 'ganja-day-care', type: 'day_care', location: 'ganja' },
  {
    code: 'ganja-short-term-care',
    type: 'short_term_care',
    location: 'ganja',
    startDate: '2011-01-01',
    startDatePrecision: 'year',
  },
  {
    code: 'baku-short-term-care',
    type: 'short_term_care',
    location: 'baku',
    startDate: '2013-01-01',
    startDatePrecision: 'year',
  },
  { code: 'baku-family-strengthening', type: 'family_strengthening', location: 'baku' },
  { code: 'ganja-family-strengthening', type: 'family_strengthening', location: 'ganja' },
];
