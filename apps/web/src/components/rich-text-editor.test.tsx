import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { RichTextField } from './rich-text-field.tsx';

beforeAll(() => {
  // The editor is loaded lazily, which takes its time on a busy machine: the waits below only end one that hangs.
  configure({ asyncUtilTimeout: 60_000 });
  // jsdom lays nothing out; the editor asks where the caret is to scroll it into view.
  const none = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects = none;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  Element.prototype.getClientRects = none;
  document.elementFromPoint = () => null;
});

/** The field as a form holds it, each text it emits kept for the test to read. */
function Form({ initial, emitted }: { initial: string; emitted: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <RichTextField
      name="analysis"
      label="Analys"
      value={value}
      onChange={(next) => {
        emitted.push(next);
        setValue(next);
      }}
    />
  );
}

function renderField(initial: string) {
  const emitted: string[] = [];
  render(<Form initial={initial} emitted={emitted} />);
  return { last: () => emitted.at(-1) ?? initial };
}

const toolbar = async () => screen.findByRole('toolbar', { name: 'Formatering av analys' });
const rows = (html: string) => html.match(/<tr>/g)?.length ?? 0;
const headerCells = (html: string) => html.match(/<th[ >]/g)?.length ?? 0;

describe('the rich-text editor', () => {
  it('inserts a table with a header row, adds and removes rows and columns, and keeps the header row', async () => {
    const field = renderField('<p>Tabellen visar utfallet.</p>');
    const tools = within(await toolbar());
    fireEvent.click(tools.getByRole('button', { name: 'Infoga tabell' }));
    await waitFor(() => expect(field.last()).toContain('<table'));
    expect(rows(field.last())).toBe(3);
    expect(headerCells(field.last())).toBe(2);
    // The caret is in the header row, which stays.
    expect(tools.getByRole('button', { name: 'Ta bort rad' })).toHaveProperty('disabled', true);
    fireEvent.click(tools.getByRole('button', { name: 'Lägg till kolumn' }));
    await waitFor(() => expect(headerCells(field.last())).toBe(3));
    fireEvent.click(tools.getByRole('button', { name: 'Lägg till rad' }));
    await waitFor(() => expect(rows(field.last())).toBe(4));
    fireEvent.click(tools.getByRole('button', { name: 'Ta bort kolumn' }));
    await waitFor(() => expect(headerCells(field.last())).toBe(2));
    fireEvent.click(tools.getByRole('button', { name: 'Ta bort tabell' }));
    await waitFor(() => expect(field.last()).not.toContain('<table'));
    expect(tools.getByRole('button', { name: 'Infoga tabell' })).toBeTruthy();
  });

  it('inserts a footnote at the caret with its text, which an empty text cannot make', async () => {
    const field = renderField('<p>Kostnaden ökade.</p>');
    const tools = within(await toolbar());
    const footnote = tools.getByRole('button', { name: 'Fotnot' });
    fireEvent.click(footnote);
    expect(footnote.getAttribute('aria-expanded')).toBe('true');
    const text = screen.getByRole('textbox', { name: 'Fotnotens text' });
    expect(screen.getByRole('button', { name: 'Lägg till fotnot' })).toHaveProperty('disabled', true);
    fireEvent.change(text, { target: { value: '  Enligt   bokslutet. ' } });
    fireEvent.keyDown(text, { key: 'Enter' });
    await waitFor(() => expect(field.last()).toContain('<span data-footnote="">Enligt bokslutet.</span>'));
    expect(screen.queryByRole('textbox', { name: 'Fotnotens text' })).toBeNull();
    expect(footnote.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens a stored text with its table and footnote', async () => {
    renderField(
      '<p>Text<span data-footnote>Källa.</span></p><table><tbody><tr><th>Enhet</th></tr><tr><td>Norr</td></tr></tbody></table>',
    );
    await toolbar();
    const editor = screen.getByRole('textbox', { name: 'Analys' });
    expect(editor.querySelector('span[data-footnote]')?.textContent).toBe('Källa.');
    expect(editor.querySelector('table th')?.textContent).toBe('Enhet');
    expect(editor.querySelector('table td')?.textContent).toBe('Norr');
  });

  it('refuses a link address of another scheme at the field, and leaves the address row with Escape', async () => {
    renderField('<p>Läs mer.</p>');
    const tools = within(await toolbar());
    const link = tools.getByRole('button', { name: 'Länk' });
    fireEvent.click(link);
    const address = screen.getByRole('textbox', { name: 'Länkens adress' });
    fireEvent.change(address, { target: { value: 'javascript:alert(1)' } });
    fireEvent.keyDown(address, { key: 'Enter' });
    expect(screen.getByText('Adressen ska börja med https://, http:// eller mailto:')).toBeTruthy();
    expect(address.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(address, { target: { value: 'styr.se' } });
    expect(address.getAttribute('aria-invalid')).toBeNull();
    fireEvent.keyDown(address, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Länkens adress' })).toBeNull();
    expect(link.getAttribute('aria-expanded')).toBe('false');
  });

  it('makes no footnote of an empty text when Enter is pressed', async () => {
    const field = renderField('<p>Kostnaden ökade.</p>');
    const tools = within(await toolbar());
    fireEvent.click(tools.getByRole('button', { name: 'Fotnot' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Fotnotens text' }), { key: 'Enter' });
    expect(screen.getByRole('textbox', { name: 'Fotnotens text' })).toBeTruthy();
    expect(field.last()).not.toContain('data-footnote');
  });
});
