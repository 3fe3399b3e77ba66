import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namesSamplePath } from '../../tests/support/names-sample';
import { compareAzerbaijani, toLower, toUpper } from './casing';
import { foldName, isNearKey, keyVariants, nameKey } from './name-key';
import { cyrillicToLatin, latinToCyrillic, passportSpelling } from './transliterate';

const SAMPLE = namesSamplePath();

function clusters(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of readFileSync(SAMPLE, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cluster, variant] = line.split('\t') as [string, string];
    map.set(cluster, [...(map.get(cluster) ?? []), variant.trim()]);
  }
  return map;
}

describe('Azerbaijani and Turkish casing', () => {
  it('folds I/ı and İ/i as Azerbaijani and Turkish do', () => {
    expect(toLower('ILHAM', 'az')).toBe('ılham');
    expect(toLower('İlham', 'az')).toBe('ilham');
    expect(toLower('IŞIK', 'tr')).toBe('ışık');
    expect(toUpper('ilham', 'az')).toBe('İLHAM');
    expect(toUpper('ılğın', 'tr')).toBe('ILĞIN');
    expect(toLower('ILYA', 'ru')).toBe('ilya');
  });

  it('sorts in Azerbaijani alphabetical order', () => {
    const names = [
      'Zaur',
      'Əli',
      'Çingiz',
      'Xəyal',
      'İlqar',
      'Cavid',
      'Ilham',
      'Həsən',
      'Elçin',
      'Qasım',
      'Kamran',
      'Şahin',
      'Ülvi',
      'Ömər',
      'Oqtay',
      'Ramin',
      'Sabir',
    ];
    expect([...names].sort(compareAzerbaijani)).toEqual([
      'Cavid',
      'Çingiz',
      'Elçin',
      'Əli',
      'Həsən',
      'Xəyal',
      'Ilham',
      'İlqar',
      'Kamran',
      'Qasım',
      'Oqtay',
      'Ömər',
      'Ramin',
      'Sabir',
      'Şahin',
      'Ülvi',
      'Zaur',
    ]);
  });
});

describe('transliteration', () => {
  it('renders Azerbaijani names as Russian documents do', () => {
    const pairs = [
      ['Hüseyn', 'Гусейн'],
      ['Quliyev', 'Кулиев'],
      ['Cəfər', 'Джафар'],
      ['Gülnarə', 'Гюльнара'],
      ['Elçin', 'Эльчин'],
      ['Orxan', 'Орхан'],
      ['Leyla', 'Лейла'],
      ['Rzayev', 'Рзаев'],
      ['Babayev', 'Бабаев'],
      ['Əliyeva', 'Алиева'],
      ['Günel', 'Гюнель'],
      ['Sevinc', 'Севиндж'],
      ['Həsən Quliyev', 'Гасан Кулиев'],
    ];
    for (const [latin, cyrillic] of pairs) expect(latinToCyrillic(latin!), latin).toBe(cyrillic);
  });

  it('reads Russian and old Azerbaijani Cyrillic as Latin', () => {
    expect(cyrillicToLatin('Джафар')).toBe('cafar');
    expect(cyrillicToLatin('Әлијева')).toBe('əliyeva');
  });

  it('gives the Latin passport spelling', () => {
    expect(passportSpelling('Şəfəq Cəfərova')).toBe('shafag jafarova');
    expect(passportSpelling('Xəlil Ağayev')).toBe('khalil aghayev');
    expect(passportSpelling('Çingiz')).toBe('chingiz');
  });

  it('folds away the accents of other alphabets but keeps the Azerbaijani letters', () => {
    expect(foldName('Ə-li İ')).toBe('ə-li i');
    expect(foldName('Zoë')).toBe('zoe');
  });
});

describe('name keys on the public sample', () => {
  const all = clusters();

  it.each([...all.keys()])('every spelling of %s has one key', (cluster) => {
    const keys = new Set(all.get(cluster)!.map(nameKey));
    expect([...keys], all.get(cluster)!.join(', ')).toHaveLength(1);
  });

  it('keeps different names apart', () => {
    const keyOf = new Map([...all].map(([cluster, variants]) => [cluster, nameKey(variants[0]!)]));
    const seen = new Map<string, string>();
    for (const [cluster, key] of keyOf) {
      expect(seen.get(key), `${cluster} and ${seen.get(key)} share ${key}`).toBeUndefined();
      seen.set(key, cluster);
    }
  });

  it('matches the renderings the issue names and keeps common different names apart', () => {
    const same = [
      ['Hüseyn', 'Гусейн'],
      ['Quliyev', 'Кулиев'],
      ['Cəfər', 'Джафар'],
      ['Gülnarə', 'Гюльнара'],
      ['Xəlilov', 'Khalilov'],
      ['Şahin', 'Shahin'],
      ['Ağayev', 'Aghayev'],
      ['Hacıyev', 'Гаджиев'],
      ['Məmmədov', 'Мамедов'],
      ['Əliyev', 'Aliev'],
    ];
    for (const [a, b] of same) expect(nameKey(a!), `${a} = ${b}`).toBe(nameKey(b!));
    const different = [
      ['Hüseyn', 'Həsən'],
      ['Əliyev', 'Əliyeva'],
      ['Leyla', 'Lalə'],
      ['Orxan', 'Arzu'],
      ['Elçin', 'Elvin'],
      ['Aysel', 'Aynur'],
      ['Rəşad', 'Rəşid'],
      ['Kamran', 'Kənan'],
    ];
    for (const [a, b] of different) expect(nameKey(a!), `${a} ≠ ${b}`).not.toBe(nameKey(b!));
  });
});

describe('spellings the key used to miss', () => {
  it('reads Russian у or ы for Azerbaijani ı, and Turkish u for i, as one vowel', () => {
    for (const [a, b] of [
      ['Qasımov', 'Касумов'],
      ['Kazımova', 'Kazumova'],
      ['Aydın', 'Айдун'],
      ['Yusif', 'Yusuf'],
      ['Yunis', 'Юнус'],
      ['Müslüm', 'Muslim'],
      ['Zülfüqar', 'Zülfikar'],
      ['Rüqiyyə', 'Rukiye'],
    ])
      expect(nameKey(a!), `${a} = ${b}`).toBe(nameKey(b!));
  });

  it('lets a word typed with a Turkish final t, p, ç or k stand for d, b, c or g', () => {
    for (const [a, b] of [
      ['Əhməd', 'Ahmet'],
      ['Rəcəb', 'Recep'],
      ['Zeynəb', 'Zeynep'],
      ['Ümid', 'Ümit'],
      ['Sevinc', 'Sevinç'],
    ])
      expect(keyVariants(nameKey(b!)), `${a} ~ ${b}`).toContain(nameKey(a!));
    // The stored key is not devoiced: "Ахмед" typed in full still starts Əhmədov.
    expect(nameKey('Əhmədov').startsWith(nameKey('Ахмед'))).toBe(true);
  });

  it('sees near spellings of one name, and not different names, as near', () => {
    for (const [a, b] of [
      ['Məhərrəm', 'Muharrem'],
      ['Fatimə', 'Fatma'],
      ['Xədicə', 'Hatice'],
      ['Nurəddin', 'Nurettin'],
      ['Məhəmməd', 'Mehmet'],
    ])
      expect(isNearKey(nameKey(a!), nameKey(b!)), `${a} ~ ${b}`).toBe(true);
    for (const [a, b] of [
      ['Hüseyn', 'Həsən'],
      ['Elçin', 'Elvin'],
      ['Əliyev', 'Əliyeva'],
      ['Rəşad', 'Rəşid'],
      ['Leyla', 'Lalə'],
      ['Ramil', 'Ramin'],
      ['Kamal', 'Kamil'],
      ['Kərim', 'Kərəm'],
    ])
      expect(isNearKey(nameKey(a!), nameKey(b!)), `${a} ≁ ${b}`).toBe(false);
  });
});
