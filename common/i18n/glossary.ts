import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { Locale } from './locales';

/**
 * The faults a catalogue must not have (issue 22), each found by a rule over the message
 * sources. They are kept as data and small functions so that a test runs them over every
 * catalogue and also proves, on a known-bad sample, that each rule does find its fault.
 * The words come from the practitioners' glossary (`shared/domain.md` §9).
 */
export type Catalogues = Record<Locale, Record<string, string>>;
export interface Fault {
  locale: Locale;
  key: string;
  why: string;
}

/**
 * A word that names a glossary concept the wrong way. `keys` limits the rule to keys where the
 * word means that concept ("onay" is right for a family's approval, wrong for consent).
 */
export interface BannedVariant {
  locale: Exclude<Locale, 'en'>;
  variant: RegExp;
  use: string;
  keys?: RegExp;
}

export const BANNED_VARIANTS: BannedVariant[] = [
  // Turkish
  { locale: 'tr', variant: /\bkadın/iu, use: 'kız (a child is a girl, not a woman)', keys: /sex/i },
  { locale: 'tr', variant: /işe alım/iu, use: 'koruyucu aile kazandırma (not hiring staff)' },
  { locale: 'tr', variant: /\bonay/iu, use: 'açık rıza (consent under KVKK)', keys: /consent/i },
  { locale: 'tr', variant: /kabul değerlendirme/iu, use: 'bakıma alınma gerekliliği değerlendirmesi' },
  { locale: 'tr', variant: /çocuk köy/iu, use: 'SOS Çocukköyü (decision 0035)' },
  {
    locale: 'tr',
    variant: /çocuk almaya|çocuğu alama/iu,
    use: 'wording that does not treat a child as an object',
  },
  { locale: 'tr', variant: /birlikte tutul/iu, use: 'birlikte kalan (siblings are not "held")' },
  { locale: 'tr', variant: /yerleşim/iu, use: 'yerleştirme (placement)' },
  { locale: 'tr', variant: /\bişe alın/iu, use: 'kazandırılan (recruited families)' },
  { locale: 'tr', variant: /süpervizor|denetçi/iu, use: 'süpervizör' },
  { locale: 'tr', variant: /ortanca/iu, use: 'medyan' },
  { locale: 'tr', variant: /başvuru sorusu|başvuru soruları/iu, use: 'bilgi talebi (a foster inquiry)' },
  { locale: 'tr', variant: /aile tipi bakım/iu, use: 'aile temelli bakım' },
  // Azerbaijani
  { locale: 'az', variant: /\bqadın|\bkişi\b/iu, use: "qız / oğlan (a child's sex)", keys: /sex|gender/i },
  { locale: 'az', variant: /atılma/iu, use: 'valideynlərin uşaqdan imtinası / tərk edilmə (abandonment)' },
  { locale: 'az', variant: /ailə tipli/iu, use: 'ailə əsaslı (family-based)' },
  { locale: 'az', variant: /orta müddət/iu, use: 'median müddət (a median, not an average)' },
  { locale: 'az', variant: /nəzarətçi/iu, use: 'supervayzer' },
  { locale: 'az', variant: /qayğı(?:sı)?nı tərk|tərk etmə/iu, use: 'qayğıdan ayrılma (leaving care)' },
  { locale: 'az', variant: /qəbul qiymətləndirmə/iu, use: 'yerləşdirmə zərurətinin qiymətləndirilməsi' },
  {
    locale: 'az',
    variant: /birlikdə saxlanılan bacı|bacı-qardaş\p{L}* birlikdə saxlan/iu,
    use: 'birlikdə qalan (siblings are not "held")',
  },
  { locale: 'az', variant: /gatekeeping/iu, use: 'yerləşdirmə zərurətinin qiymətləndirilməsi' },
  { locale: 'az', variant: /doğma ailə/iu, use: 'bioloji ailə (family of origin)' },
  { locale: 'az', variant: /ərizəçi/iu, use: 'müraciət edən (applicant)' },
  {
    locale: 'az',
    variant: /cəlbetmə|ev tədqiqat/iu,
    use: 'himayədar ailələrin cəlb edilməsi / ev şəraitinin öyrənilməsi',
  },
  // Russian
  { locale: 'ru', variant: /под опек/iu, use: 'на попечении / выход из системы попечения' },
  { locale: 'ru', variant: /покинул\p{L}* опек/iu, use: 'вышел из системы попечения' },
  { locale: 'ru', variant: /родственн\p{L}+ опек/iu, use: 'устройство у родственников' },
  { locale: 'ru', variant: /оценка при при[её]м/iu, use: 'оценка необходимости устройства' },
  { locale: 'ru', variant: /размещени/iu, use: 'устройство (placement)' },
  { locale: 'ru', variant: /супервайзер/iu, use: 'супервизор' },
  { locale: 'ru', variant: /биологическ\p{L}+ семь/iu, use: 'кровная семья' },
  {
    locale: 'ru',
    variant: /помещени\p{L}* (?:под|в учрежд)/iu,
    use: 'устройство / поступление на попечение',
  },
  { locale: 'ru', variant: /постинтернатн/iu, use: 'сопровождение выпускников (after-care)' },
];

/** Words that may read the same as in English: names, codes and loanwords of the language. */
const SAME_AS_ENGLISH: Record<Exclude<Locale, 'en'>, string[]> = {
  az: [
    'Yuva',
    'SOS',
    'PDF',
    'CSV',
    'Excel',
    'XLSX',
    'KB',
    'MB',
    'Status',
    'Administrator',
    'Median',
    'Media',
  ],
  tr: ['Yuva', 'SOS', 'PDF', 'CSV', 'Excel', 'XLSX', 'KB', 'MB', 'Türkiye', 'no'],
  ru: ['Yuva', 'SOS', 'PDF', 'CSV', 'Excel', 'XLSX'],
};
/** The language picker names each language in that language. */
const SAME_AS_ENGLISH_KEYS = /^language\./;

/** Names of arguments that carry a date, which in Russian already ends in "г.". */
const DATE_ARGUMENT =
  /^(date|asAt|on|from|to|until|since|followFrom|followTo|\w+(Date|On|At|Since|Until|From|To))$/;

const FOREIGN: Exclude<Locale, 'en'>[] = ['az', 'tr', 'ru'];

function each(
  catalogues: Catalogues,
  locales: Locale[],
  check: (source: string, key: string) => string | null,
) {
  const faults: Fault[] = [];
  for (const locale of locales)
    for (const [key, source] of Object.entries(catalogues[locale])) {
      const why = check(source, key);
      if (why) faults.push({ locale, key, why });
    }
  return faults;
}

/** "{year}-ci", "{n}-cü", "{name}'in", "#-ci": vowel harmony cannot follow a placeholder. */
export function suffixAfterPlaceholder(catalogues: Catalogues): Fault[] {
  return each(catalogues, ['az', 'tr'], (source) => {
    const found = source.match(/(?:\}|#)\s?(?:-|'{1,2}|’)\p{L}+/u);
    return found ? `suffix glued to a placeholder: "${found[0]}"` : null;
  });
}

/** "г.." and "г.»." print two stops; so does "{date}." where the date ends in "г.". */
export function russianDoubleStop(catalogues: Catalogues): Fault[] {
  return each(catalogues, ['ru'], (source) => {
    if (/г\.(?:\.|»\.)/u.test(source)) return 'two full stops after "г."';
    for (const found of source.matchAll(/\{(\w+)(, date[^}]*)?\}\./g))
      if (found[2] || DATE_ARGUMENT.test(found[1]!)) return `a full stop after the date {${found[1]}}`;
    return null;
  });
}

/** Whether a branch prints a number: "#" or an argument holding the formatted count. */
function printsNumber(elements: MessageFormatElement[]): boolean {
  return elements.some(
    (el) =>
      el.type === TYPE.pound ||
      el.type === TYPE.argument ||
      el.type === TYPE.number ||
      ((el.type === TYPE.plural || el.type === TYPE.select) &&
        Object.values(el.options).some((o) => printsNumber(o.value))),
  );
}

function onesWithoutNumber(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    if (el.type !== TYPE.plural && el.type !== TYPE.select)
      return el.type === TYPE.tag ? onesWithoutNumber(el.children) : [];
    const own =
      el.type === TYPE.plural && el.options.one && !printsNumber(el.options.one.value) ? [el.value] : [];
    return [...own, ...Object.values(el.options).flatMap((o) => onesWithoutNumber(o.value))];
  });
}

/**
 * Russian `one` also covers 21, 31…: a `one` branch that prints no number ("каждый месяц",
 * "Этот ребёнок") would say it of 21 too, so it must be `=1` (with a `one` that prints "#").
 */
export function russianOneWithoutNumber(catalogues: Catalogues): Fault[] {
  return each(catalogues, ['ru'], (source) => {
    const args = onesWithoutNumber(parse(source));
    return args.length ? `plural {${args.join(', ')}}: "one" without # (use =1)` : null;
  });
}

/** A message left in English: same text as English, with words beyond the allowed names. */
export function sameAsEnglish(catalogues: Catalogues): Fault[] {
  return FOREIGN.flatMap((locale) =>
    each(catalogues, [locale], (source, key) => {
      if (source !== catalogues.en[key] || SAME_AS_ENGLISH_KEYS.test(key)) return null;
      const words = source.replace(/\{[^{}]*\}/g, ' ').match(/\p{L}+/gu) ?? [];
      const foreign = words.filter((w) => !SAME_AS_ENGLISH[locale].includes(w));
      return foreign.length ? `same as English: "${foreign.join(' ')}"` : null;
    }),
  );
}

/** A glossary concept named by a banned variant. */
export function bannedVariants(catalogues: Catalogues, list = BANNED_VARIANTS): Fault[] {
  return list.flatMap((rule) =>
    each(catalogues, [rule.locale], (source, key) =>
      (!rule.keys || rule.keys.test(key)) && rule.variant.test(source)
        ? `"${source.match(rule.variant)![0]}": use ${rule.use}`
        : null,
    ),
  );
}

export const CATALOGUE_RULES = {
  suffixAfterPlaceholder,
  russianDoubleStop,
  russianOneWithoutNumber,
  sameAsEnglish,
  bannedVariants,
} as const;
