import { footnoteAttribute } from '@styr/shared/format/rich-text';
import { Node } from '@tiptap/react';

/**
 * A footnote at its reference point: one unit in the text (the caret steps over it, the arrow keys select it),
 * its text an attribute edited through the toolbar. Stored as `<span data-footnote>its text</span>`.
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (element) => element.textContent ?? '',
        // Written as the span's content below, not as an attribute.
        renderHTML: () => ({}),
      },
    };
  },
  parseHTML() {
    return [{ tag: `span[${footnoteAttribute}]` }];
  },
  renderHTML({ node }) {
    return ['span', { [footnoteAttribute]: '' }, String(node.attrs.text ?? '')];
  },
});
