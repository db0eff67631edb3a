// The page's Content-Security-Policy (scripts/csp.ts): what it allows, what the <meta> copy leaves out, and that
// the plugin writes it into the built page only (dev keeps React refresh's inline preamble).

import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, cspMeta, cspPlugin, securityHeaders } from '../../scripts/csp.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as [string, string[]];
    }),
  );
}

describe('the policy', () => {
  const header = directives(cspHeader());

  it('allows script and workers from the origin only: no inline script, no eval, no blob: or data: workers', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('worker-src')).toEqual(["'self'"]);
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(cspHeader()).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic|blob:|\*|https?:/);
  });

  it('lets nothing connect elsewhere, embed plugins, set a base, post forms or frame the app', () => {
    expect(header.get('connect-src')).toEqual(["'self'"]);
    expect(header.get('img-src')).toEqual(["'self'", 'data:']);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('form-action')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("allows inline styles only, for Emotion's and CodeMirror's style elements", () => {
    expect(header.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const unsafe = CSP_DIRECTIVES.filter(([, v]) => v.includes('unsafe')).map(([name]) => name);
    expect(unsafe).toEqual(['style-src']);
  });

  it('names each directive once', () => {
    const names = CSP_DIRECTIVES.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the <meta> copy and the headers', () => {
  it('is the header less frame-ancestors, which browsers ignore in <meta>', () => {
    const meta = directives(cspMeta());
    expect(meta.has('frame-ancestors')).toBe(false);
    const header = directives(cspHeader());
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it('sends the policy with nosniff and no referrer', () => {
    expect(securityHeaders()).toEqual({
      'Content-Security-Policy': cspHeader(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});

describe('the plugin', () => {
  const plugin = cspPlugin();

  it('applies to the build only', () => {
    expect(plugin.apply).toBe('build');
  });

  it('puts the policy first in <head>', () => {
    const hook = plugin.transformIndexHtml;
    if (!hook || typeof hook === 'function') throw new Error('expected a transformIndexHtml object hook');
    const handler = hook.handler as () => { tag: string; attrs: Record<string, string>; injectTo: string }[];
    const tags = handler();
    const csp = tags.find((t) => t.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(csp).toEqual({ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() }, injectTo: 'head-prepend' });
    expect(tags.map((t) => t.injectTo)).toEqual(['head-prepend', 'head-prepend']);
  });
});
