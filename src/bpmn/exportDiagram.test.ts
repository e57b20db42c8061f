// fileNameFor: names a user can keep on any system, made from the process name.
import { describe, expect, test } from 'vitest';
import { fileNameFor } from './exportDiagram';

describe('fileNameFor', () => {
  test('given umlauts and ß, when named, then they are transliterated', () => {
    expect(fileNameFor('Gewerbeanmeldung Bürgerbüro Straße', 'bpmn')).toBe('Gewerbeanmeldung-Buergerbuero-Strasse.bpmn');
    expect(fileNameFor('Ärger Öl Übung', 'svg')).toBe('Aerger-Oel-Uebung.svg');
  });

  test('given accents, slashes and other signs, when named, then accents are dropped and signs become hyphens', () => {
    expect(fileNameFor('Café: Antrag/Prüfung (neu) – 2024?', 'png')).toBe('Cafe-Antrag-Pruefung-neu-2024.png');
  });

  test('given nothing usable, when named, then a neutral name is used', () => {
    expect(fileNameFor('', 'bpmn')).toBe('prozess.bpmn');
    expect(fileNameFor(' ??? ', '.png')).toBe('prozess.png');
  });

  test('given a reserved Windows device name, when named, then it is made safe', () => {
    expect(fileNameFor('CON', 'bpmn')).toBe('CON-prozess.bpmn');
  });

  test('given a very long name, when named, then the base keeps at most 80 characters', () => {
    const name = fileNameFor('Sehr langer Prozessname '.repeat(10), 'bpmn');
    expect(name.length).toBeLessThanOrEqual(80 + '.bpmn'.length);
    expect(name.startsWith('Sehr-langer-Prozessname-Sehr')).toBe(true);
    expect(name).not.toMatch(/-\.bpmn$/);
  });
});
