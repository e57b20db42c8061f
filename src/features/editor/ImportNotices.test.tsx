// The editor's import notices in jsdom: a summary of what the warnings mean (one sentence a group
// of like warnings) is in view and counted by the heading, the warnings themselves wait behind a
// disclosure of details, the generated layout is named, pasted text is spoken of as such,
// "Hinweise ausblenden" asks the caller to close them, and the notices of an import just made take
// a focus the main region has (the editor just opened), once.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportWarningNote } from '../../domain/importWarningSummary';
import { i18n } from '../../i18n/i18n';
import type { ImportNotice } from '../../state/appState';
import { ImportNotices } from './ImportNotices';

function warningsOf(count: number): ImportWarningNote[] {
  return Array.from({ length: count }, (_, index) => ({ kind: 'unknownElement', message: `Element Task_${index} ist unbekannt` }));
}

const messagesOf = (notes: readonly ImportWarningNote[]) => notes.map((note) => note.message);

/** the list of every warning (named "Einzelheiten"), hidden or not */
function details() {
  return within(notices()).getByRole('list', { name: 'Einzelheiten', hidden: true });
}

/**
 * What the editor lists after importing the 40-diagram Unstable Angina file (Signavio): 59 elements
 * whose id is taken, and 2 references to elements the parser left out.
 */
const anginaNotes: ImportWarningNote[] = [
  ...Array.from({ length: 59 }, (_, index) => ({
    kind: 'duplicateId' as const,
    message: `Zeile ${13353 + index * 40}: Das Element <subProcess> wurde nicht übernommen, weil seine ID „sid-5A0E3C1B-${index}_2“ im Modell schon vorkommt; alles, was darin steht, fehlt mit ihm.`,
  })),
  { kind: 'unresolvedReference', message: 'Das Element „sid-F0D4B2A1“ verweist auf „sid-5A0E3C1B-3_2“, das es im Modell nicht gibt; der Verweis wurde entfernt.' },
  { kind: 'unresolvedReference', message: 'Das Element „sid-77C1E9D0“ verweist auf „sid-5A0E3C1B-8_2“, das es im Modell nicht gibt; der Verweis wurde entfernt.' },
];

afterEach(async () => {
  await i18n.changeLanguage('de');
});

/** the notices' region (named by its heading) */
function notices() {
  return screen.getByRole('region');
}

describe('ImportNotices', () => {
  it('given three warnings of one kind, then the heading counts the one sentence in view; the warnings wait behind "Einzelheiten zeigen (3)"', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ImportNotices warnings={warningsOf(3)} autoLayout={false} onDismiss={() => undefined} />);
    expect(within(notices()).getByRole('heading', { name: '1 Hinweis beim Öffnen der Datei' })).toBeVisible();
    const items = within(details()).getAllByRole('listitem', { hidden: true });
    expect(items.map((item) => item.textContent)).toEqual(messagesOf(warningsOf(3)));
    for (const item of items) expect(item).not.toBeVisible();

    await user.click(within(notices()).getByText('Einzelheiten zeigen (3)'));
    for (const item of items) expect(item).toBeVisible();
  });

  it.each([
    ['ADONIS: 8 shapes drawn in the file but not here', [{ kind: 'undrawnShapes', count: 8, message: '8 Elemente (z. B. „User Task 13“) sind in diesem Diagramm des Modells gezeichnet, werden hier aber nicht angezeigt …' }]],
    ['an ISO-8859-1 file', [{ kind: 'encoding', message: 'Die Datei gibt die Zeichenkodierung „ISO-8859-1“ an. Sie wurde gelesen und wird als UTF-8 gespeichert; bitte Umlaute prüfen.' }]],
    ['Trisotech: 90 elements without a drawing and 2 vendor details', [
      { kind: 'notShown', count: 90, message: '90 Elemente des Modells (z. B. „Vacation Request Received“) haben in keinem Diagramm eine Darstellung …' },
      { kind: 'unknownAttribute', message: 'Das Element „Task_1“ hat das unbekannte Attribut „triso:color“.' },
      { kind: 'unresolvedReference', message: 'Das Element „Task_2“ verweist auf „triso:unspecified“, das es im Modell nicht gibt; der Verweis wurde entfernt.' },
    ]],
  ] satisfies [string, ImportWarningNote[]][])('given %s, then the heading counts the notes in view, and no fact stands twice in view', (_, warnings) => {
    // a QA tour: "1 Hinweis" above two bullets that said the same
    render(<ImportNotices warnings={warnings} autoLayout={false} onDismiss={() => undefined} />);

    const heading = within(notices()).getByRole('heading', { level: 2 });
    const sentences = within(within(notices()).getByRole('list', { name: 'Was das für Sie bedeutet' })).getAllByRole('listitem');
    expect(heading).toHaveTextContent(new RegExp(`^${sentences.length} Hinweise? beim Öffnen der Datei$`));
    for (const sentence of sentences) expect(sentence).toBeVisible();
    // the warnings, each repeating its sentence in more detail, are not in view beside them
    expect(details()).not.toBeVisible();
  });

  it('given the warnings of a file with taken ids and their summary, then the summary (saying that what those elements hold is left out with them) is in view above "Einzelheiten zeigen (61)", which shows every warning', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ImportNotices warnings={anginaNotes} autoLayout={false} onDismiss={() => undefined} />);

    const summary = within(notices()).getByRole('list', { name: 'Was das für Sie bedeutet' });
    expect(summary).toBeVisible();
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '59 Elemente mit doppelter ID wurden nicht übernommen, mit allem, was darin steht (etwa den Schritten eines Teilprozesses) – das Diagramm kann unvollständig sein. Bitte prüfen Sie es, bevor Sie bewerten.',
      '2 Verweise auf Elemente, die es im Modell nicht gibt, wurden entfernt – einzelne Verbindungen oder Zuordnungen können fehlen.',
    ]);
    const disclosure = within(notices()).getByText('Einzelheiten zeigen (61)');
    expect(summary.compareDocumentPosition(disclosure) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    expect(details()).not.toBeVisible();
    await user.click(disclosure);
    expect(within(details()).getAllByRole('listitem').map((item) => item.textContent)).toEqual(messagesOf(anginaNotes));
    expect(details()).toBeVisible();
  });

  it('given a few warnings and their summary, then the summary is in view, the warnings after it behind their disclosure', () => {
    const notes: ImportWarningNote[] = [
      { kind: 'unknownElement', message: 'Zeile 12: <bpmn:LoopCounter> ist kein bekanntes BPMN-Element und wurde nicht übernommen.' },
      { kind: 'unknownAttribute', message: 'Das Element „Task_7“ hat das unbekannte Attribut „signavio:color“.' },
      { kind: 'encoding', message: 'Die Datei gibt die Zeichenkodierung „ISO-8859-1“ an. Sie wurde gelesen und wird als UTF-8 gespeichert; bitte Umlaute prüfen.' },
    ];
    render(<ImportNotices warnings={notes} autoLayout={false} onDismiss={() => undefined} />);

    const lists = within(notices()).getAllByRole('list', { hidden: true });
    expect(lists.map((list) => list.getAttribute('aria-label'))).toEqual(['Was das für Sie bedeutet', 'Einzelheiten']);
    expect(within(lists[0]).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Die Datei ist in einer anderen Zeichenkodierung als UTF-8 gespeichert und wurde umgewandelt. Bitte prüfen Sie Umlaute und Sonderzeichen.',
      '2 unbekannte Elemente oder Angaben (aus dem Werkzeug des Herstellers) wurden übergangen; das Diagramm selbst ist vollständig.',
    ]);
    expect(lists[0]).toBeVisible();
    expect(lists[1]).not.toBeVisible();
  });

  it.each([
    ['de', /vollständig|alle Elemente werden angezeigt/],
    ['en', /is complete|every element is shown/],
  ] as const)('given an element not drawn beside passed-over details (%s), then no sentence of the summary claims the diagram complete', async (language, claim) => {
    // a QA tour: Bizagi's file, "1 Element … fehlt im Diagramm" above "… das Diagramm selbst ist vollständig"
    await i18n.changeLanguage(language);
    const notes: ImportWarningNote[] = [
      { kind: 'notYetDrawn', message: 'Das Element „Flow_1“ verweist auf ein Element, das nicht dargestellt ist, und wurde übersprungen.' },
      ...warningsOf(4),
      { kind: 'multipleDi', message: 'Für das Element „Task_1“ gibt es mehrere Darstellungen; nur die erste wird angezeigt.' },
    ];
    render(<ImportNotices warnings={notes} autoLayout={false} onDismiss={() => undefined} />);

    const sentences = within(notices()).getAllByRole('list')[0];
    expect(within(sentences).getAllByRole('listitem')).toHaveLength(3);
    expect(sentences).not.toHaveTextContent(claim);
  });

  it('given the summary in English, then it reads in English', async () => {
    await i18n.changeLanguage('en');
    render(<ImportNotices warnings={anginaNotes} autoLayout={false} onDismiss={() => undefined} />);

    expect(within(notices()).getByRole('list', { name: 'What this means for you' })).toHaveTextContent(
      '59 elements with a duplicate id were left out, with everything inside them (such as the steps of a sub-process) – the diagram may be incomplete. Please check it before you assess it.',
    );
  });

  it('names a generated layout, with or without warnings', () => {
    const { rerender } = render(<ImportNotices warnings={[]} autoLayout onDismiss={() => undefined} />);
    expect(within(notices()).getByRole('heading', { name: 'Diagramm automatisch angeordnet' })).toBeVisible();
    expect(within(notices()).queryByRole('list')).toBeNull();
    rerender(<ImportNotices warnings={warningsOf(1)} autoLayout onDismiss={() => undefined} />);
    expect(within(notices()).getByRole('heading', { name: '1 Hinweis beim Öffnen der Datei' })).toBeVisible();
    expect(within(notices()).getByText(/automatisch angeordnet/)).toBeVisible();
  });

  it.each([
    ['de', '9 Hinweise zum eingefügten Text', /^Der eingefügte Text enthielt kein Diagrammlayout/, /Datei/],
    ['en', '9 notes on the pasted text', /^The pasted text had no diagram layout/, /\bfile\b/],
  ] as const)('given an import of pasted text (%s), then the heading, the summary and the layout note speak of the pasted text, not of a file', async (language, heading, layoutNote, file) => {
    // a QA tour: the paste dialog said "Der eingefügte Text …", the editor then "… der Datei"
    await i18n.changeLanguage(language);
    const kinds = ['duplicateId', 'unparsable', 'notYetDrawn', 'unresolvedReference', 'notShown', 'embeddedAnswer', 'correctedPlane', 'unknownElement', 'multipleDi'] as const;
    render(<ImportNotices warnings={kinds.map((kind) => ({ kind, message: kind }))} autoLayout pasted onDismiss={() => undefined} />);

    const title = within(notices()).getByRole('heading', { level: 2 });
    expect(title).toHaveTextContent(heading);
    expect(within(notices()).getAllByRole('list')[0]).not.toHaveTextContent(file);
    expect(title).not.toHaveTextContent(file);
    expect(within(notices()).getByText(layoutNote)).toBeVisible();
    expect(within(notices()).getByText(layoutNote)).not.toHaveTextContent(file);
  });

  it('shows nothing without warnings or a generated layout', () => {
    const { container } = render(<ImportNotices warnings={[]} autoLayout={false} onDismiss={() => undefined} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('"Hinweise ausblenden" asks to close them', async () => {
    const user = userEvent.setup({ delay: null });
    const onDismiss = vi.fn();
    render(<ImportNotices warnings={warningsOf(5)} autoLayout={false} onDismiss={onDismiss} />);
    await user.click(within(notices()).getByRole('button', { name: 'Hinweise ausblenden' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

describe('ImportNotices right after an import', () => {
  /** the store's notice of one import, as the workspace sets it before opening the process */
  function importOf(count: number): ImportNotice {
    return { processId: 'p-1', warnings: warningsOf(count), autoLayout: false };
  }

  /** the editor's page: its main region, a field, and the notices once `warnings` are shown */
  function Page({ warnings, fromImport }: { warnings?: ImportWarningNote[]; fromImport?: ImportNotice }) {
    return (
      <main tabIndex={-1}>
        <input aria-label="Suche" />
        {warnings ? <ImportNotices warnings={warnings} autoLayout={false} fromImport={fromImport} onDismiss={() => undefined} /> : null}
      </main>
    );
  }

  it('given the focus on the main region (the editor just opened), then the heading takes it; shown again for the same import (the process opened again), the main region keeps it', () => {
    const imported = importOf(12);
    const { rerender, unmount } = render(<Page />);
    act(() => screen.getByRole('main').focus());
    rerender(<Page warnings={imported.warnings} fromImport={imported} />);
    expect(within(notices()).getByRole('heading', { name: '1 Hinweis beim Öffnen der Datei' })).toHaveFocus();
    unmount();

    const again = render(<Page />);
    act(() => screen.getByRole('main').focus());
    again.rerender(<Page warnings={imported.warnings} fromImport={imported} />);
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('given an import whose warnings come once the canvas has drawn the file, then the heading takes the focus when they appear', () => {
    const imported = importOf(0);
    const { rerender } = render(<Page warnings={[]} fromImport={imported} />);
    act(() => screen.getByRole('main').focus());
    rerender(<Page warnings={warningsOf(2)} fromImport={imported} />);
    expect(within(notices()).getByRole('heading', { name: '1 Hinweis beim Öffnen der Datei' })).toHaveFocus();
  });

  it('given the focus in a field, then it stays there; the canvas\'s own warnings on opening a process (no import) never take it', () => {
    const { rerender } = render(<Page />);
    act(() => screen.getByRole('textbox', { name: 'Suche' }).focus());
    const imported = importOf(3);
    rerender(<Page warnings={imported.warnings} fromImport={imported} />);
    expect(screen.getByRole('textbox', { name: 'Suche' })).toHaveFocus();

    rerender(<Page />);
    act(() => screen.getByRole('main').focus());
    rerender(<Page warnings={warningsOf(3)} />);
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
