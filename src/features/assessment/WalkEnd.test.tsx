import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { WalkEnd } from './WalkEnd';

describe('WalkEnd', () => {
  afterEach(async () => {
    await i18n.changeLanguage('de');
  });

  it('given every step scored and steps without quantities, then the way on says that hours, staff and euros need "Mengen und Zeiten" in the detailed assessment; with every step quantified, or steps still open, it does not', () => {
    // a QA tour: after the quick check alone, the report opened with seven "keine Mengenangaben" tiles, and this box had not said why
    const view = render(<WalkEnd openCount={0} onShowFigures={() => {}} quantitiesLacking />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Alle Schritte sind bewertet. Als Nächstes: die Kennzahlen ansehen und den Bericht erstellen (Exportieren → Bericht). Für Stunden, VZÄ und Euro: bei den wichtigsten Schritten „Mengen und Zeiten“ in der Detailbewertung angeben.',
    );
    // with every step quantified: not a word of it, and the note that the process is marked still follows
    view.rerender(<WalkEnd openCount={0} onShowFigures={() => {}} assessed />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Alle Schritte sind bewertet\. Als Nächstes: .*\(Exportieren → Bericht\)\. Der Prozess ist als „bewertet“ gekennzeichnet\.$/);
    // with steps still open: those come first
    view.rerender(<WalkEnd openCount={2} firstOpen={{ id: 'a', name: 'Antrag prüfen', onGo: () => {} }} quantitiesLacking />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Noch 2 Schritte sind offen: Für ein Ergebnis fehlen dort noch Antworten\.$/);
  });

  it('names the sections as the panel does, in English too', async () => {
    await i18n.changeLanguage('en');
    render(<WalkEnd openCount={0} quantitiesLacking />);
    expect(screen.getByRole('status')).toHaveTextContent(`under “${i18n.t('method:sections.detailed')}”, give “${i18n.t('method:sections.quantities')}” for the most important steps.`);
  });
});
