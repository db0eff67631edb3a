import { describe, expect, it } from 'vitest';
import { preloadable } from '../../src/ui/common/preloadable.ts';

describe('preloadable', () => {
  it('loads its module once, on preload, and then hands the component out at once', async () => {
    let loads = 0;
    const Component = () => null;
    const p = preloadable(async () => {
      loads++;
      return { default: Component };
    });
    expect(p.loaded()).toBeUndefined();
    expect(loads).toBe(0);
    await Promise.all([p.preload(), p.preload()]);
    expect(loads).toBe(1);
    expect(p.loaded()).toBe(Component);
  });
});
