// The names .NET's Regex accepts in \p{Name} / \P{Name} (case-sensitive): the Unicode general categories and
// their one-letter groups, and the named blocks of the .NET documentation ("Supported named blocks"), each
// written with an "Is" prefix. Any other name is "Unknown property".

const CATEGORIES = [
  'C', 'Cc', 'Cf', 'Cn', 'Co', 'Cs',
  'L', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu',
  'M', 'Mc', 'Me', 'Mn',
  'N', 'Nd', 'Nl', 'No',
  'P', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps',
  'S', 'Sc', 'Sk', 'Sm', 'So',
  'Z', 'Zl', 'Zp', 'Zs',
];

// Without their "Is" prefix.
const BLOCKS = `
  AlphabeticPresentationForms Arabic ArabicPresentationForms-A ArabicPresentationForms-B Armenian Arrows
  BasicLatin Bengali BlockElements Bopomofo BopomofoExtended BoxDrawing BraillePatterns Buhid CJKCompatibility
  CJKCompatibilityForms CJKCompatibilityIdeographs CJKRadicalsSupplement CJKSymbolsandPunctuation
  CJKUnifiedIdeographs CJKUnifiedIdeographsExtensionA Cherokee CombiningDiacriticalMarks
  CombiningDiacriticalMarksforSymbols CombiningHalfMarks CombiningMarksforSymbols ControlPictures
  CurrencySymbols Cyrillic CyrillicSupplement Devanagari Dingbats EnclosedAlphanumerics
  EnclosedCJKLettersandMonths Ethiopic GeneralPunctuation GeometricShapes Georgian Greek GreekExtended
  GreekandCoptic Gujarati Gurmukhi HalfwidthandFullwidthForms HangulCompatibilityJamo HangulJamo
  HangulSyllables Hanunoo Hebrew HighPrivateUseSurrogates HighSurrogates Hiragana IPAExtensions
  IdeographicDescriptionCharacters Kanbun KangxiRadicals Kannada Katakana KatakanaPhoneticExtensions Khmer
  KhmerSymbols Lao Latin-1Supplement LatinExtended-A LatinExtended-B LatinExtendedAdditional LetterlikeSymbols
  Limbu LowSurrogates Malayalam MathematicalOperators MiscellaneousMathematicalSymbols-A
  MiscellaneousMathematicalSymbols-B MiscellaneousSymbols MiscellaneousSymbolsandArrows MiscellaneousTechnical
  Mongolian Myanmar NumberForms Ogham OpticalCharacterRecognition Oriya PhoneticExtensions PrivateUse
  PrivateUseArea Runic Sinhala SmallFormVariants SpacingModifierLetters Specials SuperscriptsandSubscripts
  SupplementalArrows-A SupplementalArrows-B SupplementalMathematicalOperators Syriac Tagalog Tagbanwa TaiLe
  Tamil Telugu Thaana Thai Tibetan UnifiedCanadianAboriginalSyllabics VariationSelectors YiRadicals
  YiSyllables YijingHexagramSymbols
`
  .trim()
  .split(/\s+/);

// Names .NET keeps for its own use that its parser still accepts.
const INTERNAL = ['_xmlC', '_xmlD', '_xmlI', '_xmlW'];

const NAMES: ReadonlySet<string> = new Set([...CATEGORIES, ...BLOCKS.map((b) => `Is${b}`), ...INTERNAL]);

export function isDotnetPropertyName(name: string): boolean {
  return NAMES.has(name);
}
