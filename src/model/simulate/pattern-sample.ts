// Values that may satisfy a `pattern:` body (a .NET regular expression), for the test plan and the target audit:
// a few short candidate strings built from the pattern (the first characters of classes, the fewest repetitions,
// each branch of an alternation). Best effort: lookarounds, backreferences and conditionals are not followed, so
// every candidate is verified by the matcher before it is used. Never throws; bounded in size and depth.

const MAX_CANDIDATES = 24;
const MAX_LENGTH = 64;
const MAX_PATTERN = 2000;
const MAX_DEPTH = 40;

class GiveUp {}

type Gen = readonly string[];

const ESCAPE_SAMPLES: Readonly<Record<string, Gen>> = {
  d: ['0', '1', '9'], D: ['a'], w: ['a', '0'], W: ['-'], s: [' '], S: ['a'],
  b: [''], B: [''], A: [''], z: [''], Z: [''], G: [''],
  n: ['\n'], t: ['\t'], r: ['\r'], f: ['\f'], v: ['\v'], a: ['\x07'], e: ['\x1b'],
};

// Characters tried for a negated class, in order.
const POOL = ['a', '0', 'A', 'x', '1', '-', '_', ' ', 'Z', '9', '.', '#'];

function union(lists: readonly Gen[]): Gen {
  const out = new Set<string>();
  // interleaved, so each branch contributes its first candidate early
  for (let i = 0; out.size < MAX_CANDIDATES && lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length && out.size < MAX_CANDIDATES) out.add(l[i]);
  return [...out];
}

function product(a: Gen, b: Gen): Gen {
  const out = new Set<string>();
  for (const x of a) for (const y of b) if (x.length + y.length <= MAX_LENGTH && out.size < MAX_CANDIDATES) out.add(x + y);
  return [...out];
}

function repeat(g: Gen, counts: readonly number[]): Gen {
  const lists = counts.map((k) => (k * Math.max(1, ...g.map((s) => s.length)) > MAX_LENGTH ? [] : g.map((s) => s.repeat(k))));
  return union(lists);
}

interface ClassItem {
  readonly lo: string;
  readonly hi: string;
}

class Sampler {
  pos = 0;
  depth = 0;
  constructor(readonly p: string) {}

  alternation(): Gen {
    if (++this.depth > MAX_DEPTH) throw new GiveUp();
    const branches: Gen[] = [this.sequence()];
    while (this.p[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    this.depth--;
    return union(branches);
  }

  sequence(): Gen {
    let acc: Gen = [''];
    while (this.pos < this.p.length && this.p[this.pos] !== '|' && this.p[this.pos] !== ')') {
      const atom = this.atom();
      acc = product(acc, this.quantified(atom));
    }
    return acc;
  }

  quantified(atom: Gen): Gen {
    const c = this.p[this.pos];
    let counts: number[] | undefined;
    if (c === '*') counts = [0, 1];
    else if (c === '+') counts = [1, 2];
    else if (c === '?') counts = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.pos, this.pos + 40));
      if (m) {
        const min = Math.min(Number(m[1]), MAX_LENGTH);
        const max = m[2] === undefined ? min : m[3] === '' ? min + 1 : Math.min(Number(m[3]), min + 1);
        counts = min === max ? [min] : [min, max];
        this.pos += m[0].length - 1;
      }
    }
    if (!counts) return atom;
    this.pos++;
    if (this.p[this.pos] === '?') this.pos++;
    return repeat(atom, counts);
  }

  atom(): Gen {
    const c = this.p[this.pos++];
    if (c === '\\') return this.escape();
    if (c === '[') return this.charClass();
    if (c === '(') return this.group();
    if (c === '.') return ['a', '0'];
    if (c === '^' || c === '$') return [''];
    return [c];
  }

  escape(): Gen {
    const c = this.p[this.pos++] ?? '';
    const known = ESCAPE_SAMPLES[c];
    if (known) return known;
    if (c === 'x' || c === 'u') {
      const n = c === 'x' ? 2 : 4;
      const code = parseInt(this.p.slice(this.pos, this.pos + n), 16);
      this.pos += n;
      return Number.isNaN(code) ? [] : [String.fromCharCode(code)];
    }
    if (c === 'p' || c === 'P' || c === 'k') {
      const m = /^(\{[^}]*\}|<[^>]*>|'[^']*')/.exec(this.p.slice(this.pos));
      this.pos += m ? m[0].length : 0;
      return c === 'k' ? [''] : c === 'p' ? ['A', 'a', '0'] : ['-'];
    }
    if (c >= '0' && c <= '9') {
      while (/[0-9]/.test(this.p[this.pos] ?? '')) this.pos++;
      return [''];
    }
    return [c];
  }

  charClass(): Gen {
    const negated = this.p[this.pos] === '^';
    if (negated) this.pos++;
    const items: ClassItem[] = [];
    const samples: string[] = [];
    let first = true;
    while (this.pos < this.p.length && (this.p[this.pos] !== ']' || first)) {
      first = false;
      let lo = this.p[this.pos++];
      if (lo === '-' && this.p[this.pos] === '[') {
        this.charClass(); // subtraction: skipped; the matcher verifies
        continue;
      }
      if (lo === '\\') {
        const e = this.escape();
        if (e.length !== 1 || e[0].length !== 1) {
          samples.push(...e);
          continue;
        }
        lo = e[0];
      }
      let hi = lo;
      if (this.p[this.pos] === '-' && this.p[this.pos + 1] !== ']' && this.p[this.pos + 1] !== undefined) {
        this.pos++;
        hi = this.p[this.pos++];
        if (hi === '\\') hi = this.escape()[0] ?? lo;
      }
      items.push({ lo, hi });
      samples.push(lo);
      if (hi !== lo) samples.push(hi);
    }
    this.pos++; // the ]
    if (!negated) return [...new Set(samples)].slice(0, 3);
    const inside = (ch: string) => items.some((i) => i.lo <= ch && ch <= i.hi) || samples.includes(ch);
    return POOL.filter((ch) => !inside(ch)).slice(0, 2);
  }

  group(): Gen {
    let look = false;
    if (this.p[this.pos] === '?') {
      const rest = this.p.slice(this.pos + 1);
      if (rest.startsWith('#')) {
        const end = this.p.indexOf(')', this.pos);
        this.pos = end < 0 ? this.p.length : end + 1;
        return [''];
      }
      const named = /^(?:<[A-Za-z0-9_-]*>|'[A-Za-z0-9_-]*')/.exec(rest);
      const options = /^[imnsx-]*(\)|:)/.exec(rest);
      if (rest.startsWith('=') || rest.startsWith('!') || rest.startsWith('<=') || rest.startsWith('<!')) {
        look = true;
        this.pos += rest.startsWith('<') ? 3 : 2;
      } else if (named) this.pos += 1 + named[0].length;
      else if (rest.startsWith(':') || rest.startsWith('>')) this.pos += 2;
      else if (options) {
        this.pos += 1 + options[0].length;
        if (options[1] === ')') return [''];
      } else throw new GiveUp(); // a conditional
    }
    const inner = this.alternation();
    this.pos++; // the )
    return look ? [''] : inner;
  }
}

/** Candidate values for a pattern body, shortest choices first; empty when none could be built. */
export function samplePattern(body: string): readonly string[] {
  if (body.length > MAX_PATTERN) return [];
  try {
    return new Sampler(body.startsWith('(?i)') ? body.slice(4) : body).alternation();
  } catch {
    return [];
  }
}
