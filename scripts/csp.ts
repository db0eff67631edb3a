// The page's Content-Security-Policy and security headers (issue 18), for vite.config.ts only: this file runs in
// Node at build and preview time and is never part of the app bundle.
//
// The policy: everything from the page's own origin, nothing else. No inline script, no eval or new Function,
// workers only from files of the origin (not blob: or data: URLs), no plugins, no <base>, no form posts, and no
// site may frame the app. It is sent as an HTTP header by `vite preview` (`npm start`, the Playwright server) and
// written into the built index.html as <meta http-equiv> for hosts that serve the files without our headers.
// Not in `npm run dev`: React refresh injects an inline preamble script there.

import type { Plugin } from 'vite';

/** The directives, in the order they are written. */
export const CSP_DIRECTIVES: readonly (readonly [name: string, value: string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // The parse worker (src/xml/parse-worker.ts) is a module file of the build, and so is the offline service worker
  // (/sw.js, which vite-plugin-pwa writes, and the Workbox file it imports); blob: and data: workers are refused.
  // The web app manifest (/manifest.webmanifest) falls under default-src 'self'.
  ['worker-src', "'self'"],
  // 'unsafe-inline' for styles only: MUI's Emotion and CodeMirror's style-mod insert <style> elements at run time,
  // and index.html paints the page's frame with an inline <style> before any script runs. Styles cannot run code;
  // with connect-src and img-src limited to the origin an injected style cannot send anything elsewhere either.
  ['style-src', "'self' 'unsafe-inline'"],
  // data: for the empty favicon (`<link rel="icon" href="data:,">`, no request for /favicon.ico) and CodeMirror's
  // tab-highlight SVG background.
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  // Not here: require-trusted-types-for 'script'. Tried: Chrome then refuses the parse worker's `new Worker(url)`
  // (a plain URL, not a TrustedScriptURL), so no file opens; it would need a Trusted Types policy of our own for
  // each such sink, for little more than script-src 'self' already gives.
];

/** Directives a <meta http-equiv> policy may not carry (browsers ignore them there and warn): header only. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function policy(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy as sent in the Content-Security-Policy header. */
export function cspHeader(): string {
  return policy(CSP_DIRECTIVES);
}

/** The policy as written in the built page's <meta http-equiv>: the header's, less the header-only directives. */
export function cspMeta(): string {
  return policy(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));
}

/** Headers for every response: no MIME sniffing, no Referer sent anywhere (the dev server gets these too). */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Headers of the production server (`vite preview`): the base headers and the policy. */
export function securityHeaders(): Record<string, string> {
  return { ...BASE_HEADERS, 'Content-Security-Policy': cspHeader() };
}

/** Writes the policy (and the referrer policy) at the top of the built page's <head>; build only, not dev. */
export function cspPlugin(): Plugin {
  return {
    name: 'caf-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        // First in <head>: a meta policy applies only to what follows it.
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() }, injectTo: 'head-prepend' },
        { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
      ],
    },
  };
}
