import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './rich-text.ts';

describe('sanitizeRichText', () => {
  it('keeps a table as the editor writes it, without its styles, column groups and spans', () => {
    expect(
      sanitizeRichText(
        '<table style="min-width: 50px"><colgroup><col style="min-width: 25px"></colgroup><tbody>' +
          '<tr><th colspan="1" rowspan="1"><p>Enhet</p></th><th colspan="1" rowspan="1"><p>Antal</p></th></tr>' +
          '<tr><td colspan="1" rowspan="1"><p>Hemtjänst</p></td><td colspan="1" rowspan="1"><p></p></td></tr>' +
          '</tbody></table>',
      ),
    ).toBe(
      '<table><tbody><tr><th><p>Enhet</p></th><th><p>Antal</p></th></tr><tr><td><p>Hemtjänst</p></td><td></td></tr></tbody></table>',
    );
  });

  it('removes a script, an event handler and a style smuggled into a table cell', () => {
    expect(
      sanitizeRichText(
        '<table><thead><tr><th onclick="alert(1)" style="color:red">Rubrik</th></tr></thead>' +
          '<tbody><tr><td>Värde<script>alert(2)</script><img src=x onerror="alert(3)"><style>td{}</style></td></tr></tbody></table>',
      ),
    ).toBe('<table><thead><tr><th>Rubrik</th></tr></thead><tbody><tr><td>Värde</td></tr></tbody></table>');
  });

  it('keeps a footnote with its marker alone, and removes what is smuggled into it', () => {
    expect(
      sanitizeRichText(
        '<p>Text<span data-footnote="x" onclick="alert(1)" style="color:red" class="c">Källa<script>alert(2)</script></span>.</p>',
      ),
    ).toBe('<p>Text<span data-footnote>Källa</span>.</p>');
  });

  it('unwraps any other span and drops an empty footnote', () => {
    expect(
      sanitizeRichText(
        '<p><span style="font-weight:bold" data-x="1">Fet</span> text<span data-footnote=""> </span></p>',
      ),
    ).toBe('<p>Fet text</p>');
  });

  it('keeps a text that is only a table with words', () => {
    expect(sanitizeRichText('<table><tr><td> </td></tr></table>')).toBeNull();
    expect(sanitizeRichText('<table><tr><th>A</th></tr></table>')).toBe('<table><tr><th>A</th></tr></table>');
  });
});
