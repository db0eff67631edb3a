import { describe, expect, it } from 'vitest';
import { LineBreaks } from '../../src/ui/preview/line-breaks.ts';

describe('LineBreaks', () => {
  it('gives LF for CR LF and a lone CR, and the same array when no piece holds a CR', () => {
    const lb = new LineBreaks();
    const plain = ['<a>\n', '</a>\n'];
    expect(lb.forView(plain)).toBe(plain);
    expect(lb.forView(['<a>\r\n', '<b/>\r', '</a>'])).toEqual(['<a>\n', '<b/>\n', '</a>']);
  });

  it('keeps the length of the text the view is given equal to the view\'s own count', () => {
    const lb = new LineBreaks();
    const out = lb.forView(['x\r\ny\r\n', 'z']);
    expect(out.join('')).toBe('x\ny\nz');
  });

  it('reuses the converted text of a piece that did not change', () => {
    const lb = new LineBreaks();
    const big = 'line\r\n'.repeat(1000);
    const first = lb.forView([big, 'a\r\n']);
    const second = lb.forView([big, 'b\r\n']);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe('b\n');
  });
});
