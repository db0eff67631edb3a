import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposeRepair } from '../../src/xml/repair.ts';
import type { RepairProposal } from '../../src/xml/repair.ts';
import { fromXml } from '../../src/xml/parse.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/** Applies the listed changes to the original, line by line: must give exactly the repaired text. */
function applyChanges(original: string, changes: RepairProposal['changes']): string {
  const lines = original.split('\n');
  for (const c of [...changes].sort((a, b) => b.line - a.line)) {
    const count = c.before.split('\n').length;
    expect(lines.slice(c.line - 1, c.line - 1 + count).join('\n')).toBe(c.before);
    lines.splice(c.line - 1, count, ...c.after.split('\n'));
  }
  return lines.join('\n');
}

function repairOf(text: string): RepairProposal {
  const r = proposeRepair(text);
  if (!r) throw new Error('expected a repair');
  // the diff is exactly the listed changes, and every listed change changes something
  expect(applyChanges(text, r.changes)).toBe(r.text);
  for (const c of r.changes) expect(c.after).not.toBe(c.before);
  return r;
}

describe('proposeRepair', () => {
  it('makes nested comment markers comment-safe, keeping every inner word and every column', () => {
    const text = fixture('defects/nested-comments.xml');
    const r = repairOf(text);
    expect(r.changes.map((c) => c.line)).toEqual([7, 22]);
    expect(r.changes[0]).toEqual({
      line: 7,
      description: 'nested comment markers made comment-safe (<!-- to <!~~, --> to ~~>)',
      before: '  <!-- Define the Targets -->',
      after: '  <!~~ Define the Targets ~~>',
    });
    expect(r.text.length).toBe(text.length);
    const parsed = fromXml(r.text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    // the outer comments stay two comments, holding the inner text
    expect(parsed.doc.end?.map((t) => t.kind)).toEqual(['comment', 'comment']);
    const first = parsed.doc.end?.[0];
    expect(first?.kind === 'comment' && first.text).toContain('<!~~ Define the Targets ~~>');
  });

  it('handles deeper nesting and leaves a well-formed comment alone', () => {
    const text = '<a>\n<!-- 1 <!-- 2 <!-- 3 --> 2 --> 1 -->\n<!-- fine -->\n</a>';
    const r = repairOf(text);
    expect(r.text).toBe('<a>\n<!-- 1 <!~~ 2 <!~~ 3 ~~> 2 ~~> 1 -->\n<!-- fine -->\n</a>');
  });

  it('does not touch a comment that never closes', () => {
    expect(proposeRepair('<a><!-- 1 <!-- 2 --> </a>')).toBeNull();
  });

  it('replaces no-break spaces between markup, not inside values', () => {
    const text = fixture('defects/nbsp.xml');
    const r = repairOf(text);
    expect(r.changes.map((c) => c.line)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(r.changes.every((c) => c.description === 'no-break space (U+00A0) between markup replaced by a space')).toBe(true);
    expect(r.text).toContain('Value="a\u00a0b"');
    expect(r.text.match(/\u00a0/g)).toHaveLength(1);
    expect(r.text.length).toBe(text.length);
  });

  it('opens a "<--" comment with "<!--"', () => {
    const r = repairOf(fixture('defects/broken-comment-open.xml'));
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].line).toBe(7);
    expect(r.changes[0].after).toBe(r.changes[0].before.replace('<--', '<!--'));
  });

  it('removes white space (across lines) before the XML declaration', () => {
    const text = fixture('defects/leading-space.xml');
    const r = repairOf(text);
    expect(r.changes).toEqual([
      {
        line: 1,
        description: 'white space before the XML declaration removed',
        before: ' \n  <?xml version="1.0" encoding="UTF-8"?>',
        after: '<?xml version="1.0" encoding="UTF-8"?>',
      },
    ]);
    expect(r.text.startsWith('<?xml')).toBe(true);
  });

  it('merges several fixes on one line into one change', () => {
    const text = '\u00a0<?xml version="1.0"?>\u00a0<a>\n<-- x <!-- y --> -->\n</a>';
    const r = repairOf(text);
    expect(r.changes).toHaveLength(2);
    expect(r.changes[0].description).toBe('white space before the XML declaration removed; no-break space (U+00A0) between markup replaced by a space');
    expect(r.changes[1].after).toBe('<!-- x <!~~ y ~~> -->');
  });

  it('proposes nothing for well-formed files or other defects', () => {
    expect(proposeRepair(fixture('full-answer-file.xml'))).toBeNull();
    expect(proposeRepair(fixture('defects/missing-quote.xml'))).toBeNull();
    expect(proposeRepair('<a>text\u00a0with nbsp</a><!-- c\u00a0 -->')).toBeNull();
    expect(proposeRepair('')).toBeNull();
  });

  it('keeps a byte order mark and CRLF line ends', () => {
    const text = '\ufeff<?xml version="1.0"?>\u00a0\r\n<a/>\r\n';
    const r = repairOf(text);
    expect(r.text).toBe('\ufeff<?xml version="1.0"?> \r\n<a/>\r\n');
  });
});

describe('fromXml offers the repair', () => {
  it.each(['defects/nested-comments.xml', 'defects/nbsp.xml', 'defects/broken-comment-open.xml', 'defects/leading-space.xml'])(
    '%s: refused with a position, and the attached repair imports',
    (file) => {
      const text = fixture(file);
      const r = fromXml(text);
      if (r.ok) throw new Error('expected a refusal');
      expect(r.error.code).toBe('not-well-formed');
      expect(r.error.line).toBeGreaterThan(0);
      expect(r.error.repair).toEqual(proposeRepair(text));
      expect(fromXml(r.error.repair?.text ?? '').ok).toBe(true);
    },
  );

  it('points at the no-break space after the declaration', () => {
    const r = fromXml(fixture('defects/nbsp.xml'));
    expect(r.ok || r.error).toMatchObject({ line: 1, column: 40, lineText: '<?xml version="1.0" encoding="utf-8" ?>\u00a0  ' });
    expect(r.ok || r.error.message).toMatch(/no-break space \(U\+00A0\)/);
  });

  it('names the nested comment', () => {
    const r = fromXml(fixture('defects/nested-comments.xml'));
    expect(r.ok || r.error).toMatchObject({ line: 7 });
    expect(r.ok || r.error.message).toMatch(/comment cannot contain another comment/);
  });

  it('attaches no repair when the repaired text still fails', () => {
    const text = fixture('defects/nested-comments.xml').replace('</ImageCustomizations>', '</Oops>');
    const r = fromXml(text);
    expect(r.ok).toBe(false);
    expect(r.ok || r.error.repair).toBeUndefined();
  });

  it('reports the format when the repair reveals a WCD file', () => {
    const text = ' <?xml version="1.0"?>\n<WindowsCustomizations><PackageConfig /></WindowsCustomizations>';
    const r = fromXml(text);
    expect(r.ok || r.error.code).toBe('wcd-format');
  });
});
