import type { LocalizedText } from './i18n/locales';

/**
 * The 18 Quality4Children standards for out-of-home child care in Europe (shared/domain.md §6),
 * as reference data in the four languages: the one source of their wording (issue 22), used by
 * the self-assessment and by the reviews; the catalogues hold no copy. Where Yuva's own records measure a standard, the
 * self-assessment shows the figure next to the score.
 */
export const Q4C_PHASES = ['admission', 'care', 'leaving_care'] as const;
export type Q4cPhase = (typeof Q4C_PHASES)[number];

/** What Yuva can count for a standard, for a programme and year. */
export const Q4C_MEASURES = [
  'child_views_gatekeeping',
  'siblings_together',
  'care_plan_current',
  'family_contact',
  'child_heard_reviews',
  'young_person_agreed',
  'after_care_follow_ups',
] as const;
export type Q4cMeasure = (typeof Q4C_MEASURES)[number];

export interface Q4cStandard {
  number: number;
  phase: Q4cPhase;
  title: LocalizedText;
  measure: Q4cMeasure | null;
}

const s = (
  number: number,
  phase: Q4cPhase,
  measure: Q4cMeasure | null,
  en: string,
  az: string,
  tr: string,
  ru: string,
): Q4cStandard => ({ number, phase, measure, title: { en, az, tr, ru } });

export const Q4C_STANDARDS: readonly Q4cStandard[] = [
  s(
    1,
    'admission',
    null,
    'The child and the family of origin are supported during the decision-making process',
    'Qərar qəbul edilərkən uşaq və onun bioloji ailəsi dəstəklənir',
    'Karar sürecinde çocuk ve biyolojik ailesi desteklenir',
    'Ребёнок и его кровная семья получают поддержку при принятии решения',
  ),
  s(
    2,
    'admission',
    'child_views_gatekeeping',
    'The child takes part in the decision-making process',
    'Uşaq qərar qəbulu prosesində iştirak edir',
    'Çocuk karar sürecine katılır',
    'Ребёнок участвует в принятии решения',
  ),
  s(
    3,
    'admission',
    null,
    'A professional decision-making process ensures the best possible care for the child',
    'Peşəkar qərar qəbulu uşaq üçün mümkün olan ən yaxşı qayğını təmin edir',
    'Profesyonel bir karar süreci çocuk için mümkün olan en iyi bakımı sağlar',
    'Профессиональный процесс принятия решения обеспечивает ребёнку наилучший уход',
  ),
  s(
    4,
    'admission',
    'siblings_together',
    'Siblings are cared for together',
    'Bacı-qardaşlara birlikdə qayğı göstərilir',
    'Kardeşlerin bakımı birlikte yapılır',
    'Братья и сёстры воспитываются вместе',
  ),
  s(
    5,
    'admission',
    null,
    'The transition to the new home is well prepared and carried out with care',
    'Yeni evə keçid yaxşı hazırlanır və diqqətlə həyata keçirilir',
    'Yeni eve geçiş iyi hazırlanır ve özenle gerçekleştirilir',
    'Переход в новый дом хорошо подготовлен и проходит бережно',
  ),
  s(
    6,
    'admission',
    'care_plan_current',
    'The out-of-home care process is guided by an individual care plan',
    'Ailədənkənar qayğı fərdi qayğı planı əsasında aparılır',
    'Aile dışı bakım süreci bireysel bir bakım planıyla yürütülür',
    'Уход вне семьи ведётся по индивидуальному плану',
  ),
  s(
    7,
    'care',
    null,
    "The care placement matches the child's needs, life situation and original social environment",
    'Yerləşdirmə uşağın ehtiyaclarına, həyat vəziyyətinə və ilkin sosial mühitinə uyğundur',
    'Yerleştirme çocuğun ihtiyaçlarına, yaşam durumuna ve önceki sosyal çevresine uygundur',
    'Место устройства соответствует потребностям ребёнка, его жизненной ситуации и прежнему окружению',
  ),
  s(
    8,
    'care',
    'family_contact',
    'The child maintains contact with the family of origin',
    'Uşaq bioloji ailəsi ilə əlaqəni saxlayır',
    'Çocuk biyolojik ailesiyle bağını sürdürür',
    'Ребёнок поддерживает связь с кровной семьёй',
  ),
  s(
    9,
    'care',
    null,
    'Caregivers are qualified and have adequate working conditions',
    'Qayğı göstərənlər ixtisaslıdır və lazımi iş şəraitinə malikdirlər',
    'Bakım verenler yetkindir ve uygun çalışma koşullarına sahiptir',
    'Воспитатели квалифицированы и работают в надлежащих условиях',
  ),
  s(
    10,
    'care',
    null,
    "The caregiver's relationship with the child is based on understanding and respect",
    'Qayğı göstərənin uşaqla münasibəti anlayış və hörmətə əsaslanır',
    'Bakım verenin çocukla ilişkisi anlayış ve saygıya dayanır',
    'Отношения воспитателя с ребёнком основаны на понимании и уважении',
  ),
  s(
    11,
    'care',
    'child_heard_reviews',
    'The child is empowered to participate actively in making decisions that affect their life',
    'Uşaq həyatına təsir edən qərarlarda fəal iştirak etmək imkanına malikdir',
    'Çocuk, hayatını etkileyen kararlara etkin biçimde katılabilir',
    'Ребёнок может активно участвовать в решениях, касающихся его жизни',
  ),
  s(
    12,
    'care',
    null,
    'The child is cared for in appropriate living conditions',
    'Uşağa uyğun yaşayış şəraitində qayğı göstərilir',
    'Çocuğa uygun yaşam koşullarında bakılır',
    'Ребёнок живёт в надлежащих условиях',
  ),
  s(
    13,
    'care',
    null,
    'Children with special needs receive appropriate care',
    'Xüsusi ehtiyacları olan uşaqlar lazımi qayğı alırlar',
    'Özel gereksinimli çocuklar uygun bakım alır',
    'Дети с особыми потребностями получают надлежащий уход',
  ),
  s(
    14,
    'care',
    null,
    'The child or young person is continuously prepared for independent living',
    'Uşaq və ya gənc müstəqil həyata davamlı olaraq hazırlanır',
    'Çocuk ya da genç bağımsız yaşama sürekli hazırlanır',
    'Ребёнка или молодого человека постоянно готовят к самостоятельной жизни',
  ),
  s(
    15,
    'leaving_care',
    null,
    'The leaving-care process is thoroughly planned and carried out',
    'Qayğıdan ayrılma prosesi hərtərəfli planlaşdırılır və həyata keçirilir',
    'Bakımdan ayrılma süreci ayrıntılı biçimde planlanır ve yürütülür',
    'Выход из системы попечения тщательно планируется и проводится',
  ),
  s(
    16,
    'leaving_care',
    null,
    'The leaving-care process is communicated in a useful way',
    'Qayğıdan ayrılma prosesi barədə faydalı şəkildə ünsiyyət qurulur',
    'Bakımdan ayrılma süreci yararlı biçimde iletilir',
    'О выходе из системы попечения сообщают понятно и полезно',
  ),
  s(
    17,
    'leaving_care',
    'young_person_agreed',
    'The child or young person is empowered to participate in the leaving-care process',
    'Uşaq və ya gənc qayğıdan ayrılma prosesində iştirak etmək imkanına malikdir',
    'Çocuk ya da genç bakımdan ayrılma sürecine katılabilir',
    'Ребёнок или молодой человек участвует в процессе выхода из системы попечения',
  ),
  s(
    18,
    'leaving_care',
    'after_care_follow_ups',
    'Follow-up, continued support and contact opportunities are ensured',
    'Qayğıdan sonrakı izləmə, davamlı dəstək və əlaqə imkanları təmin edilir',
    'İzleme, süregelen destek ve iletişim olanakları sağlanır',
    'Обеспечены сопровождение выпускников, постоянная поддержка и возможность оставаться на связи',
  ),
];

/** Scores of a self-assessment: how far the programme meets a standard. */
export const Q4C_SCORES = [1, 2, 3, 4] as const;
