import type { Deps } from '../../domain/context';
import { createActionItem, reportProgress } from '../../domain/cooperation/action-items.service';
import { recordCommitmentStatus } from '../../domain/cooperation/commitments.service';
import { createMeeting } from '../../domain/cooperation/meetings.service';
import { addDays } from '../../domain/dates';
import { listDelegates } from '../repositories/working-group-meetings.repository';
import { demoContext } from './demo-actors';

/**
 * The working group's demo (issue 17 item 1), through the same services as a delegate's: an online
 * meeting in March 2026 (minutes in Turkish, by the chair), one in Baku in October 2026 (minutes in
 * Azerbaijani, by the secretary), one planned; action items from their decisions — due dates
 * relative to the demo's today, so one of Azerbaijan's is always overdue — and each country's
 * status on the declaration's commitments.
 */
export async function seedWorkingGroup(deps: Deps, today: string): Promise<void> {
  const chair = await demoContext(deps.db, 'delegate-tr');
  const secretary = await demoContext(deps.db, 'delegate-az');
  const delegates = await listDelegates(deps.db);
  const id = (country: string) => delegates.find((d) => d.country === country)!.id;
  const attendance = (uz: 'present' | 'absent' | 'excused') => [
    { delegateId: id('TR'), status: 'present' as const },
    { delegateId: id('AZ'), status: 'present' as const },
    { delegateId: id('UZ'), status: uz },
  ];
  const march = await createMeeting(deps, chair, {
    heldAt: '2026-03-12T10:00:00Z',
    online: true,
    title: 'Koruyucu Aile Çalışma Grubu — ilk toplantı',
    language: 'tr',
    agenda: [
      {
        title: 'Çalışma grubunun kuruluşu ve çalışma usulü',
        notes: 'Başkan: Türkiye, sekreter: Azerbaycan.',
      },
      { title: '30 Haziran Uluslararası Koruyucu Aile Günü hazırlıkları', notes: '' },
      { title: 'Gönüllü elçiler projesinin paylaşılması', notes: '' },
    ],
    attendance: attendance('excused'),
    minutes:
      'Toplantı çevrim içi yapıldı. Başkan, bakanlar bildirgesinin taahhütlerini hatırlattı. ' +
      'Her ülke 30 Haziran için ulusal bir plan hazırlayacak; Türkiye gönüllü elçi eğitim materyallerini paylaşacak.',
    decisions: [
      { text: 'Her üye ülke 30 Haziran Koruyucu Aile Günü için ulusal bir plan hazırlar.' },
      { text: 'Türkiye, gönüllü elçi eğitim materyallerini grupla paylaşır.' },
    ],
  });
  const baku = await createMeeting(deps, secretary, {
    heldAt: '2026-10-14T07:00:00Z',
    online: false,
    city: 'Bakı',
    cityCountry: 'AZ',
    title: 'Himayədar Ailə İşçi Qrupunun Bakı görüşü',
    language: 'az',
    agenda: [
      { title: 'Himayədar Ailə Günü 2026-nın nəticələri', notes: 'Hər ölkə qısa məlumat verir.' },
      { title: 'Təcrübə mübadiləsi və təlimlər', notes: '' },
      { title: 'Növbəti görüşün vaxtı', notes: '' },
    ],
    attendance: attendance('present'),
    minutes:
      'Görüş Bakıda keçirildi. Türkiyə və Azərbaycan Himayədar Ailə Günü 2026-nın nəticələrini təqdim etdi. ' +
      'Türkiyə Azərbaycan və Özbəkistan üçün təcrübə səfəri təklif etdi. Azərbaycan yaxşı təcrübə kitabxanasına yeni təcrübələr əlavə edəcək.',
    decisions: [
      { text: 'Türkiyə Azərbaycan və Özbəkistan mütəxəssisləri üçün təcrübə səfəri təşkil edir.' },
      { text: 'Azərbaycan yaxşı təcrübə kitabxanasına üç təcrübə əlavə edir.' },
    ],
  });
  await createMeeting(deps, secretary, {
    heldAt: `${addDays(today, 50)}T08:00:00Z`,
    online: true,
    title: 'İşçi qrupunun növbəti görüşü',
    language: 'az',
    agenda: [
      { title: 'Tapşırıqların icrası', notes: '' },
      { title: '2027-ci ilin iş planı', notes: '' },
    ],
    attendance: [],
    minutes: '',
    decisions: [],
  });

  const give = (
    decisionId: string,
    a: { title: string; ownerCountry: string; dueOn: string; commitment: string },
  ) =>
    createActionItem(deps, secretary, {
      decisionId,
      ...a,
      ownerDelegateId: id(a.ownerCountry),
      commitment: a.commitment as 'best_practice',
    });
  // Overdue: Azerbaijan's plan for the day, three weeks late whatever day the demo is made.
  await give(march.decisions[0]!.id, {
    title: '30 iyun Himayədar Ailə Günü üçün milli plan',
    ownerCountry: 'AZ',
    dueOn: addDays(today, -21),
    commitment: 'foster_family_day',
  });
  const materials = await give(march.decisions[1]!.id, {
    title: 'Gönüllü elçi eğitim materyallerinin paylaşılması',
    ownerCountry: 'TR',
    dueOn: addDays(today, -60),
    commitment: 'model_ambassadors',
  });
  await reportProgress(deps, chair, materials.id, {
    version: materials.version,
    status: 'done',
    note: 'Eğitim materyalleri iyi uygulama kütüphanesine yüklendi.',
  });
  const visit = await give(baku.decisions[0]!.id, {
    title: 'Azerbaycan ve Özbekistan için çalışma ziyareti programı',
    ownerCountry: 'TR',
    dueOn: addDays(today, 45),
    commitment: 'technical_support',
  });
  await reportProgress(deps, chair, visit.id, {
    version: visit.version,
    status: 'in_progress',
    note: 'Ankara’da iki günlük program taslağı hazırlandı.',
  });
  await give(baku.decisions[1]!.id, {
    title: 'Yaxşı təcrübə kitabxanasına üç təcrübə',
    ownerCountry: 'AZ',
    dueOn: addDays(today, 30),
    commitment: 'best_practice',
  });

  const status = (country: 'AZ' | 'TR', code: string, s: 'in_progress' | 'done', note: string) =>
    recordCommitmentStatus(deps, country === 'AZ' ? secretary : chair, code, country, {
      version: null,
      status: s,
      note,
    });
  await status('TR', 'foster_family_day', 'done', '30 Haziran 2021’den beri her yıl kutlanıyor.');
  await status(
    'AZ',
    'foster_family_day',
    'in_progress',
    '31 may milli gün kimi qeyd olunur; 30 iyun üçün plan hazırlanır.',
  );
  await status('TR', 'working_group', 'done', 'Çalışma grubunun başkanlığı yürütülüyor.');
  await status('AZ', 'working_group', 'done', 'İşçi qrupunun katibliyi aparılır.');
  await status('TR', 'model_ambassadors', 'in_progress', 'Gönüllü elçiler projesi 81 ilde sürüyor.');
  await status(
    'TR',
    'technical_support',
    'in_progress',
    'Azerbaycan ve Özbekistan’a eğitim ve çalışma ziyaretleri.',
  );
  await status('AZ', 'best_practice', 'in_progress', 'Təcrübələr kitabxanaya əlavə olunur.');
}
