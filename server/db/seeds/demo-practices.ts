import type { PracticeBody, PracticeTopic } from '../../../common/contracts/practices';
import type { Locale } from '../../../common/i18n/locales';
import type { Deps } from '../../domain/context';
import {
  recordAdoption,
  recordAdoptionOutcome,
  saveTranslation,
} from '../../domain/cooperation/practice-parts.service';
import { createPractice } from '../../domain/cooperation/practices.service';
import { demoContext } from './demo-actors';

/**
 * The good-practice library of the demo hub (issue 17 item 2): a dozen practices written by the
 * delegates through the services (Uzbekistan's by the hub's administrator, its delegate having no
 * account), some translated by the other country's delegate, two taken up by Azerbaijan.
 */

interface DemoPractice {
  by: 'delegate-tr' | 'delegate-az' | 'admin';
  country: 'TR' | 'AZ' | 'UZ';
  language: Locale;
  title: string;
  summary: string;
  topics: PracticeTopic[];
  evidence?: string;
  ambassadorMaterial?: boolean;
}

const PRACTICES: DemoPractice[] = [
  {
    by: 'delegate-tr',
    country: 'TR',
    language: 'tr',
    title: 'Gönüllü Koruyucu Aile Elçileri',
    summary:
      'Koruyucu aile olmuş ebeveynler, eğitim aldıktan sonra gönüllü elçi olarak kendi illerinde ailelere deneyimlerini anlatır. Elçiler bilgi taleplerini il müdürlüğüne yönlendirir ve başvuru sürecinde ailelere eşlik eder.',
    topics: ['recruitment', 'ambassadors'],
    evidence: 'Elçilerin çalıştığı illerde bilgi talepleri iki yılda belirgin biçimde arttı.',
  },
  {
    by: 'delegate-tr',
    country: 'TR',
    language: 'tr',
    title: 'Koruyucu aile kazandırma kampanyası',
    summary:
      'Yerel yönetimler, muhtarlar ve dini kurumlarla birlikte yürütülen ulusal bir kampanya. Kamu spotları, mahalle toplantıları ve tek bir bilgi hattı, ilgilenen aileleri doğrudan il ekiplerine ulaştırır.',
    topics: ['recruitment', 'awareness_days'],
  },
  {
    by: 'delegate-tr',
    country: 'TR',
    language: 'tr',
    title: 'Koruyucu ailelere hazırlık ve destek eğitimi',
    summary:
      'Onay öncesinde adaylara verilen modüler eğitim: travma, bağlanma, biyolojik aile ile temas ve okul. Yerleştirmeden sonra aileler aylık grup buluşmalarında eğitime devam eder.',
    topics: ['assessment_training', 'monitoring_support'],
  },
  {
    by: 'delegate-tr',
    country: 'TR',
    language: 'tr',
    title: 'Gönüllü elçiler için eğitim modülü',
    summary:
      'Yeni elçiler için iki günlük bir eğitim: koruyucu ailelik hakkında doğru bilgi, çocuğun mahremiyetine saygı ve bilgi talebinin nasıl yönlendirileceği. Sunumlar ve vaka örnekleri ektedir.',
    topics: ['ambassadors', 'assessment_training'],
    ambassadorMaterial: true,
  },
  {
    by: 'delegate-tr',
    country: 'TR',
    language: 'tr',
    title: 'Koruyucu Aile Günü etkinlik rehberi',
    summary:
      '30 Haziran Koruyucu Aile Günü için illerin izlediği bir rehber: aile piknikleri, tanıklık konuşmaları ve yerel basınla çalışma. Etkinlikten sonra gelen bilgi talepleri kampanyaya bağlanarak sayılır.',
    topics: ['awareness_days', 'recruitment'],
  },
  {
    by: 'delegate-tr',
    country: 'TR',
    language: 'en',
    title: "Training volunteer ambassadors: a facilitator's handbook",
    summary:
      'A step-by-step handbook for those who train new volunteer ambassadors. It covers the sessions, role plays about first conversations with interested families, and how ambassadors pass an inquiry on without promising anything.',
    topics: ['ambassadors'],
    ambassadorMaterial: true,
  },
  {
    by: 'delegate-az',
    country: 'AZ',
    language: 'az',
    title: 'Qohum yanında qayğı: qəyyumluq və himayə orqanı ilə birgə iş',
    summary:
      'Uşaq valideyn himayəsindən məhrum qaldıqda əvvəlcə qohumlar axtarılır. Sosial işçi qəyyumluq və himayə orqanı ilə birlikdə qohum ailəsini qiymətləndirir və ilk altı ay ərzində ayda bir dəfə ziyarət edir.',
    topics: ['kinship_care', 'monitoring_support'],
  },
  {
    by: 'delegate-az',
    country: 'AZ',
    language: 'az',
    title: 'Dayanıqlı reinteqrasiya: uşağın bioloji ailəyə qayıdışı',
    summary:
      'Müəssisədən bioloji ailəyə qayıdış mərhələlərlə aparılır: əvvəl həftəsonu görüşləri, sonra ailə ilə birgə fərdi qayğı planı. Qayıdışdan sonra bir il ərzində ailəyə dəstək davam edir.',
    topics: ['deinstitutionalisation', 'monitoring_support'],
    evidence: 'Dəstək alan ailələrdə uşaqların əksəriyyəti bir il sonra da ailədə qalır.',
  },
  {
    by: 'delegate-az',
    country: 'AZ',
    language: 'az',
    title: 'Himayədar ailələrə aylıq dəstək görüşləri',
    summary:
      'Himayədar valideynlər ayda bir dəfə supervayzerin apardığı qrup görüşündə bir araya gəlir. Çətin hallar birlikdə müzakirə olunur, yeni ailələr təcrübəli ailələrdən öyrənir.',
    topics: ['monitoring_support'],
  },
  {
    by: 'delegate-az',
    country: 'AZ',
    language: 'az',
    title: 'Qayğıdan ayrılan gənclər üçün mənzil və məşğulluq dəstəyi',
    summary:
      'Qayğıdan ayrılan gənclərə Gənclər Evində iki ilə qədər yer, peşə təhsili və iş axtarışında mentor dəstəyi verilir. Gənc müstəqil yaşamağa hazır olanda dəstək tədricən azaldılır.',
    topics: ['leaving_care'],
  },
  {
    by: 'admin',
    country: 'UZ',
    language: 'ru',
    title: 'Поэтапное закрытие домов ребёнка и устройство детей в семьи',
    summary:
      'Пилотные области закрывают дома ребёнка поэтапно: сначала прекращается приём новых детей, затем для каждого ребёнка ищут кровную семью, родственников или приёмную семью. Освободившиеся здания передаются службам поддержки семей.',
    topics: ['deinstitutionalisation', 'kinship_care'],
  },
  {
    by: 'admin',
    country: 'UZ',
    language: 'ru',
    title: 'Устойчивое сопровождение приёмных семей в махалле',
    summary:
      'Социальные работники махалли навещают приёмные семьи и помогают с документами и школой. Соседи-наставники из числа опытных приёмных родителей поддерживают новые семьи.',
    topics: ['monitoring_support'],
  },
];

/** Translations by the other country's delegate: which practice (by index), into which language. */
const TRANSLATIONS: {
  practice: number;
  by: 'delegate-tr' | 'delegate-az';
  language: Locale;
  title: string;
  summary: string;
}[] = [
  {
    practice: 0,
    by: 'delegate-az',
    language: 'az',
    title: 'Könüllü Himayədar Ailə Səfirləri',
    summary:
      'Himayədar ailə olmuş valideynlər təlimdən sonra könüllü səfir kimi öz bölgələrində ailələrə təcrübələrini danışırlar. Səfirlər ilkin sorğuları nazirliyin bölgə idarəsinə yönləndirir və müraciət zamanı ailələri müşayiət edir.',
  },
  {
    practice: 0,
    by: 'delegate-tr',
    language: 'en',
    title: 'Volunteer Foster Family Ambassadors',
    summary:
      'Foster parents, once trained, become volunteer ambassadors who tell families in their province about fostering. Ambassadors pass inquiries on to the provincial office and accompany families through the application.',
  },
  {
    practice: 2,
    by: 'delegate-az',
    language: 'az',
    title: 'Himayədar ailələrin hazırlıq və dəstək təlimi',
    summary:
      'Təsdiqdən əvvəl namizədlərə modul təlimi: travma, bağlılıq, bioloji ailə ilə əlaqə və məktəb. Yerləşdirmədən sonra ailələr aylıq qrup görüşlərində təlimi davam etdirirlər.',
  },
  {
    practice: 6,
    by: 'delegate-tr',
    language: 'tr',
    title: 'Akraba yanında bakım: vesayet makamı ile ortak çalışma',
    summary:
      'Ebeveyn bakımından yoksun kalan bir çocuk için önce akrabalar aranır. Sosyal çalışmacı vesayet makamı ile birlikte akraba aileyi değerlendirir ve ilk altı ay her ay ziyaret eder.',
  },
  {
    practice: 10,
    by: 'delegate-az',
    language: 'az',
    title: 'Körpələr evlərinin mərhələli bağlanması və uşaqların ailələrə yerləşdirilməsi',
    summary:
      'Pilot vilayətlərdə körpələr evləri mərhələlərlə bağlanır: əvvəl yeni uşaq qəbulu dayandırılır, sonra hər uşaq üçün bioloji ailə, qohumlar və ya himayədar ailə axtarılır.',
  },
];

export async function seedPractices(deps: Deps): Promise<void> {
  const ctx = {
    'delegate-tr': await demoContext(deps.db, 'delegate-tr'),
    'delegate-az': await demoContext(deps.db, 'delegate-az'),
    admin: await demoContext(deps.db, 'admin'),
  };
  const ids: string[] = [];
  for (const p of PRACTICES) {
    const body: PracticeBody = {
      country: p.country,
      language: p.language,
      title: p.title,
      summary: p.summary,
      fullText: `${p.summary}\n\n${p.evidence ?? ''}`.trim(),
      topics: p.topics,
      evidence: p.evidence ?? '',
      contact: `${p.country.toLowerCase()}-delegate@example.org`,
      ambassadorMaterial: p.ambassadorMaterial ?? false,
    };
    ids.push((await createPractice(deps, ctx[p.by], body)).id);
  }
  for (const t of TRANSLATIONS)
    await saveTranslation(deps, ctx[t.by], ids[t.practice]!, t.language, {
      title: t.title,
      summary: t.summary,
      fullText: t.summary,
    });
  // Azerbaijan took up Turkey's ambassadors as they are, and adapted its training of foster families.
  const ambassadors = await recordAdoption(deps, ctx['delegate-az'], ids[0]!, {
    country: 'AZ',
    kind: 'adopted',
    adoptedOn: '2026-01-15',
    notes: 'Bakı, Gəncə və Sumqayıtda ilk 12 könüllü səfir təlim keçdi.',
  });
  await recordAdoptionOutcome(deps, ctx['delegate-az'], ambassadors.id, {
    outcome: 'Səfirlərin gətirdiyi ilkin sorğular ilk yarım ildə kampaniyalarınkından çox oldu.',
    outcomeOn: '2026-07-15',
    version: ambassadors.version,
  });
  await recordAdoption(deps, ctx['delegate-az'], ids[2]!, {
    country: 'AZ',
    kind: 'adapted',
    adoptedOn: '2026-02-01',
    notes: 'Təlim modulları qohum yanında qayğı üçün bir modulla genişləndirildi.',
  });
}
