// TableScroll in a real browser (layout): a table wider than its box scrolls inside the box, which
// then is a named region and a tab stop; a table that fits leaves the box without either.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { TableScroll } from './TableScroll';
import '../app/app.css';

function table(columns: number) {
  return (
    <div data-testid="page" style={{ width: '320px' }}>
      <TableScroll label="Punkte der Matrix">
        <table>
          <tbody>
            <tr>
              {Array.from({ length: columns }, (_, index) => (
                <td key={index} style={{ whiteSpace: 'nowrap' }}>
                  Spalte {index + 1}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

afterEach(cleanup);

describe('TableScroll', () => {
  test('given a table wider than the page, then it scrolls inside a region a keyboard reaches, and the page keeps its width', async () => {
    render(table(12));
    const region = await screen.findByRole('region', { name: 'Punkte der Matrix' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    const page = screen.getByTestId('page');
    expect(page.scrollWidth).toBe(page.clientWidth);
  });

  test('given a table that fits, then its box is no region and no tab stop', () => {
    render(table(2));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(document.querySelector('.table-scroll')).not.toHaveAttribute('tabindex');
  });
});
