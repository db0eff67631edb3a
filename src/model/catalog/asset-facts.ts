// What the catalog knows about an Asset entry beyond its name: the file types its policy accepts and whether it
// takes operator (Type="MobileOperator") files. Hand-checked against the docs for the two assets whose pages say
// so (ringtones: WMA, MP3 or WAV, OEM or operator lists; ETWS alert sound: WAV or WMA, one OEM value). Every other
// asset's facts are unknown: any file type that ends in a letter or digit (as every file extension does) passes,
// and operator files are allowed.

import { foldKey } from './macros.ts';
import type { CatalogSetting } from './types.ts';

export interface AssetFacts {
  /** File-name endings the policy accepts (compared ignoring case); undefined when the docs name none. */
  readonly fileTypes?: readonly string[];
  /** Whether the policy keeps a list for operator assets (Type="MobileOperator"). */
  readonly operatorAssets: boolean;
}

const KNOWN: ReadonlyMap<string, AssetFacts> = new Map([
  [foldKey('EventSounds\nRingtones'), { fileTypes: ['.wma', '.mp3', '.wav'], operatorAssets: true }],
  [foldKey('Messaging/PerSimSettings/$(__ICCID)\nEtwsSound'), { fileTypes: ['.wav', '.wma'], operatorAssets: false }],
]);

const UNKNOWN: AssetFacts = { operatorAssets: true };

/** The facts for a catalog Asset entry. */
export function assetFacts(entry: CatalogSetting): AssetFacts {
  return KNOWN.get(foldKey(`${entry.path}\n${entry.name}`)) ?? UNKNOWN;
}

/**
 * Whether the policy accepts `fileName` by its ending: one of the known file types, ignoring case, or, when none
 * is known, a last character that is a letter or digit (A-Z, a-z, 0-9, or a character that lowercases to one).
 */
export function acceptsFileType(facts: AssetFacts, fileName: string): boolean {
  const lower = fileName.toLowerCase();
  if (facts.fileTypes) return facts.fileTypes.some((t) => lower.endsWith(t.toLowerCase()));
  return /[a-z0-9]$/.test(lower);
}
