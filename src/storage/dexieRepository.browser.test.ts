// Writer fencing in Chromium's own IndexedDB: the fence read and the writes of one save are issued
// together, so a refused fence must abort the transaction and roll back a write already placed.
import { afterEach, describe, expect, it } from 'vitest';
import type { StepAssessment } from '../domain/assessment';
import { createDexieRepository } from './dexieRepository';
import { WriterFencedError } from './storageErrors';
import type { DexieRepository } from './dexieRepository';

const opened: DexieRepository[] = [];

function repositoryOn(name: string): DexieRepository {
  const repository = createDexieRepository(name);
  opened.push(repository);
  return repository;
}

afterEach(async () => {
  const names = new Set(opened.map((repository) => repository.database.name));
  for (const repository of opened.splice(0)) repository.close();
  for (const name of names) await new Promise((resolve) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: resolve, onerror: resolve }));
});

function assessment(notes: string): StepAssessment {
  return {
    processId: 'p-1',
    stepId: 'Task_1',
    answers: { R: 3 },
    quantities: {},
    notes,
    notApplicable: false,
    alreadyAutomated: false,
    updatedAt: '2024-02-03T16:45:00.000Z',
    revision: 1,
  };
}

describe('writer fencing in the browser', () => {
  it('a tab that lost the writer role has its placed write rolled back; the new writer keeps its record', async () => {
    // given tab A wrote, then tab B claimed writing and wrote its version
    const name = `fencing-${Math.random().toString(36).slice(2)}`;
    const tabA = repositoryOn(name);
    const tabB = repositoryOn(name);
    await tabA.claimWriter('tab-a');
    await tabA.saveAssessments([assessment('von A')]);
    await tabB.claimWriter('tab-b');
    await tabB.saveAssessments([assessment('von B')]);
    // when A writes again, in one transaction with the fence read
    const late = tabA.applyChanges([{ kind: 'assessments', records: [assessment('alt aus A')] }]);
    // then it is refused and nothing of it is stored
    await expect(late).rejects.toBeInstanceOf(WriterFencedError);
    expect((await tabB.loadAssessments('p-1')).map((record) => record.notes)).toEqual(['von B']);
  });
});
