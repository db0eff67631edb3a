import { describe, expect, it } from 'vitest';
import { preloadable } from '../../src/ui/common/preloadable.ts';

describe('preloadable', () => {
  it('loads its module once, on preload, and then hands it out at once', async () => {
    let loads = 0;
    const Component = () => null;
    const module = { default: Component };
    const p = preloadable(async () => {
      loads++;
      return module;
    });
    expect(p.loaded()).toBeUndefined();
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([p.preload(), p.preload()]);
    expect(loads).toBe(1);
    expect(a).toBe(module);
    expect(b).toBe(module);
    expect(p.loaded()?.default).toBe(Component);
  });
});
