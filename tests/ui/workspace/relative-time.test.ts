import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../src/ui/workspace/relative-time.ts';

const MIN = 60_000;
const now = Date.UTC(2025, 5, 15, 12, 0, 0);

describe('relativeTime', () => {
  it.each([
    [0, 'just now'],
    [44_000, 'just now'],
    [50_000, '1 min ago'],
    [2 * MIN, '2 min ago'],
    [59 * MIN, '59 min ago'],
    [60 * MIN, '1 h ago'],
    [23 * 60 * MIN, '23 h ago'],
    [24 * 60 * MIN, 'yesterday'],
    [3 * 24 * 60 * MIN, '3 days ago'],
  ])('%i ms ago reads "%s"', (ago, text) => {
    expect(relativeTime(now - ago, now)).toBe(text);
  });

  it('treats a time slightly in the future (another tab, clock skew) as just now', () => {
    expect(relativeTime(now + 5_000, now)).toBe('just now');
  });

  it('shows a date after a week', () => {
    expect(relativeTime(now - 30 * 24 * 60 * MIN, now)).toMatch(/2025/);
  });
});
