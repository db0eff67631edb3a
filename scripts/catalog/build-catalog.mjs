#!/usr/bin/env node
// Maintainer-only: turns the team's reference catalog (settings-catalog.json, outside the repo) into the
// project's own compact, typed data file src/model/catalog/settings.json, which is committed.
// Run: node scripts/catalog/build-catalog.mjs /path/to/settings-catalog.json
// The app and the tests never run this script; they read the committed JSON.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { curatedHelp } from './curated-help.mjs';

const input = process.argv[2];
if (!input) {
  console.error('usage: build-catalog.mjs <settings-catalog.json>');
  process.exit(2);
}
const out = fileURLToPath(new URL('../../src/model/catalog/settings.json', import.meta.url));
const raw = JSON.parse(readFileSync(input, 'utf8'));

const MCSF_REPO = 'sfigg/commercialization-public';

/** The first source page, preferring the MCSF docs over the WCD reference. */
function pickSource(source) {
  const parts = source.split(' ; ').map((s) => {
    const i = s.indexOf(':');
    return { repo: s.slice(0, i).replace(/ \(.*\)$/, ''), page: s.slice(i + 1).trim() };
  });
  return parts.find((p) => p.repo === MCSF_REPO) ?? parts[0];
}

/** Constraint strings of the reference are free text; reduce them to the three MCSF flags plus a note. */
function normaliseConstraints(e) {
  const c = e.constraints;
  if (c === null || c === 'None') return { list: [] };
  if (c === 'FirstVariationOnly' || c === 'ImageTimeOnly' || c === 'Atomic') return { list: [c] };
  if (c === 'Atomic, FirstVariationOnly') return { list: ['Atomic', 'FirstVariationOnly'] };
  if (c.startsWith('* **ImageTimeOnly**')) {
    // The DeviceInfo page lists two bullets: DeviceInfo/Static is ImageTimeOnly, DeviceInfo/Variant is
    // FirstVariationOnly (the extractor kept only the first bullet).
    return e.path === 'DeviceInfo/Variant' ? { list: ['FirstVariationOnly'] } : { list: ['ImageTimeOnly'] };
  }
  if (c === 'Some None, some FirstVariationOnly') {
    // Video over LTE: the page's sample marks the Phone/PhoneSettings ones as FirstVariationOnly.
    return e.path === 'Phone/PhoneSettings'
      ? { list: ['FirstVariationOnly'] }
      : { list: [], note: 'The page says some of its settings are FirstVariationOnly; this one is not marked.' };
  }
  if (c === 'ImageTimeOnly for LowPowerSupported') {
    return e.name.trim() === 'LowPowerSupported'
      ? { list: ['ImageTimeOnly'] }
      : { list: [], note: 'On its page only LowPowerSupported is ImageTimeOnly.' };
  }
  if (c === 'unknown') return { list: [], note: 'Constraints are not documented.' };
  if (c.includes('MaxNumberOfPDPContexts')) return { list: [], note: 'Applies to 3GPP networks only, not to 3GPP2.' };
  throw new Error(`unhandled constraints: ${c}`);
}

function scopeOf(e) {
  switch (e.scope) {
    case 'per-SIM value':
      return 'per-SIM';
    case 'per-IMSI value':
      return 'per-IMSI';
    case 'per-device value':
      return 'per-device';
    case 'per-IMSI value, per-device value':
      return 'per-IMSI+per-device';
    case null:
      break;
    default:
      throw new Error(`unhandled scope ${e.scope}`);
  }
  const p = e.path.toLowerCase();
  if (p.includes('$(__iccid)') || p.startsWith('phone/persimsettings/$(__imsi)')) return 'per-SIM';
  if (p.startsWith('cellcore/perimsi/')) return 'per-IMSI';
  if (p.startsWith('cellcore/perdevice/')) return 'per-device';
  return undefined;
}

const BOOL_WORDS = new Set(['0', '1', '0x0', '0x1', 'false', 'true', 'no', 'yes']);

function valueTypeOf(e) {
  const a = e.allowed;
  switch (e.type) {
    case null:
      return undefined; // unknown
    case 'boolean':
      if (!Array.isArray(a) || !a.every((s) => BOOL_WORDS.has(s.toLowerCase()))) throw new Error(`bool ${e.name}`);
      return { kind: 'boolean', spellings: a };
    case 'enum': {
      if (Array.isArray(a)) return { kind: 'enum', options: a.map((v) => ({ value: v, label: v })) };
      const options = [];
      let range;
      for (const [value, label] of Object.entries(a)) {
        const m = /^(\d+)-(\d+)$/.exec(value);
        if (m) range = { min: Number(m[1]), max: Number(m[2]), label };
        else options.push({ value, label: label.replace(/ \(default\)$/, '') });
      }
      return range ? { kind: 'enum', options, range } : { kind: 'enum', options };
    }
    case 'integer': {
      const t = { kind: 'integer', hex: true }; // §1.4: every integer takes decimal or 0x hex
      if (a?.min !== undefined) t.min = a.min;
      if (a?.minExclusive !== undefined) t.min = a.minExclusive + 1;
      if (a?.max !== undefined) t.max = a.max;
      if (a?.unit) t.unit = a.unit;
      return t;
    }
    case 'multistring': {
      const t = { kind: 'multistring' };
      if (a.itemMinLength !== undefined) t.itemMinLength = a.itemMinLength;
      if (a.itemMaxLength !== undefined) t.itemMaxLength = a.itemMaxLength;
      if (a.forbidden) t.forbidden = a.forbidden;
      if (a.itemType === 'port number') t.itemType = 'port';
      return t;
    }
    case 'string': {
      if (a === null) return { kind: 'string' };
      if (Array.isArray(a)) return { kind: 'string', fixed: a };
      if (a.assetRef) return { kind: 'asset-ref', asset: a.assetRef };
      if (a.format === 'ISO-3166-1 alpha-2') return { kind: 'string', format: 'iso-region' };
      if (a.format === 'absolute file path on build PC') return { kind: 'string', format: 'absolute-path' };
      const t = { kind: 'string' };
      if (a.minLength !== undefined) t.minLength = a.minLength;
      if (a.maxLength !== undefined) t.maxLength = a.maxLength;
      return t;
    }
    default:
      throw new Error(`unhandled type ${e.type}`);
  }
}

/** Keeps a default only when it is a literal value ("0x15180 (86400 = 1 day)" -> "0x15180"). */
function defaultOf(e) {
  if (e.default === null) return undefined;
  const d = e.default.replace(/ \(.*\)$/, '');
  if (/^(0x[0-9a-f]+|\d+)$/i.test(d)) return d;
  return undefined; // descriptive defaults ("localized OS string") live in the help text
}

function topicOfPage(page, topicsByPage) {
  if (topicsByPage.has(page)) return topicsByPage.get(page);
  if (page.endsWith('wcd-messaging.md')) return 'Messaging';
  const file = page.split('/').pop().replace(/\.md$/, '').replace(/\(.*$/, '');
  if (file.includes('mcsf-to-windows-provisioning')) return 'Messaging';
  const words = file.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const topicsByPage = new Map();
for (const e of raw) if (e.topic) topicsByPage.set(pickSource(e.source).page, e.topic);

const sources = [];
const sourceIndex = new Map();
const topics = [];
const topicIndex = new Map();
function intern(list, index, key, value) {
  if (!index.has(key)) {
    index.set(key, list.length);
    list.push(value);
  }
  return index.get(key);
}

// Settings whose value names an asset file but that the reference leaves untyped: the Ringtones page says
// DefaultRingtone is the file name of one of the group's Ringtones assets (the imaging tool: AssetNotFound).
const ASSET_LINKS = { 'EventSounds|DefaultRingtone': { kind: 'asset-ref', asset: 'Ringtones' } };

const groups = [];
const groupByPath = new Map();
for (const e of raw) {
  const lower = e.path.toLowerCase();
  let g = groupByPath.get(lower);
  if (!g) {
    g = { path: e.path, settings: [] };
    if (e.path.startsWith('(')) {
      g.path = '';
      g.pathNote = 'The docs give no Settings Path for this setting.';
    }
    groupByPath.set(lower, g);
    groups.push(g);
  }
  const src = pickSource(e.source);
  const name = e.name.trim();
  const s = { name };
  if (e.kind === 'Asset') s.kind = 'Asset';
  const vt = ASSET_LINKS[`${e.path}|${name}`] ?? valueTypeOf(e);
  if (vt) s.type = vt;
  const def = defaultOf(e);
  if (def !== undefined) s.default = def;
  const { list, note } = normaliseConstraints(e);
  if (list.length) s.constraints = list;
  if (note) s.constraintNote = note;
  const scope = scopeOf(e);
  if (scope) s.scope = scope;
  const derivedPerSim = /\$\(__(iccid|imsi)\)/i.test(e.path);
  if (e.perSim !== derivedPerSim) throw new Error(`perSim not derivable for ${e.path} ${name}`);
  s.topic = intern(topics, topicIndex, e.topic ?? topicOfPage(src.page, topicsByPage), e.topic ?? topicOfPage(src.page, topicsByPage));
  s.source = intern(sources, sourceIndex, `${src.repo}:${src.page}`, [src.repo, src.page]);
  if (e.sampleValues?.length) s.examples = e.sampleValues;
  if (e.origin === 'curated') {
    const tail = e.path.split('/').pop();
    const help = curatedHelp[`${tail}|${name}`] ?? curatedHelp[name];
    if (!help) throw new Error(`no help for curated ${e.path} ${name}`);
    s.help = help;
  }
  g.settings.push(s);
}

const repos = [...new Set(sources.map(([r]) => r))];
const data = {
  note: 'Generated by scripts/catalog/build-catalog.mjs from the team reference catalog; edit the generator, not this file.',
  repos,
  sources: sources.map(([r, p]) => [repos.indexOf(r), p]),
  topics,
  groups,
};
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(`wrote ${out}: ${groups.length} groups, ${raw.length} settings`);
