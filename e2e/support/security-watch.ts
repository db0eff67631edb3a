// Watches a browser context for what the security journeys forbid: Content-Security-Policy violations (the
// `securitypolicyviolation` events of every page, recorded by an init script, and the browser's CSP console
// errors), requests that leave the page's origin, dialogs (alert/confirm/prompt) and script that ran from a payload
// (window.__pwned). Used by e2e/security.spec.ts.

import type { BrowserContext, Page } from '@playwright/test';

export interface Violation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sourceFile: string;
  readonly line: number;
  readonly sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
    __pwned?: unknown;
  }
}

/** Runs in every page and frame before its own scripts: keeps each violation event in window.__cspViolations. */
function recordViolations(): void {
  const seen: Violation[] = [];
  window.__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) => {
    seen.push({
      directive: e.effectiveDirective,
      blockedURI: e.blockedURI,
      sourceFile: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
    });
  });
}

export interface SecurityWatch {
  /** Every http(s) request the context made, as URLs, in order. */
  readonly requests: string[];
  /** Console messages of the browser about the policy ("Refused to …", "Content Security Policy"). */
  readonly cspConsole: string[];
  /** Dialogs a page opened (alert, confirm, prompt, beforeunload): type and message. */
  readonly dialogs: string[];
  /** The violation events recorded so far in `page` (lost when the page navigates: read before). */
  violations(page: Page): Promise<Violation[]>;
  /** The requests whose origin is not `origin`. */
  foreignRequests(origin: string): string[];
}

/** Starts watching `context`; call before its pages are opened. */
export async function watchSecurity(context: BrowserContext): Promise<SecurityWatch> {
  const requests: string[] = [];
  const cspConsole: string[] = [];
  const dialogs: string[] = [];
  await context.addInitScript(recordViolations);
  // context-wide: the pages' requests and their workers' (the parse worker's module imports).
  context.on('request', (r) => {
    if (/^https?:/i.test(r.url())) requests.push(r.url());
  });
  const onPage = (page: Page) => {
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspConsole.push(m.text());
    });
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return {
    requests,
    cspConsole,
    dialogs,
    violations: (page) => page.evaluate(() => window.__cspViolations ?? []),
    foreignRequests: (origin) => requests.filter((u) => new URL(u).origin !== origin),
  };
}
