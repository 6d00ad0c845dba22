import path from 'node:path';
import { Font } from '@react-pdf/renderer';

/**
 * The PDF summary's fonts: Noto Sans (Latin, Latin Extended, Cyrillic, Greek) and Noto Sans Arabic
 * from the @fontsource packages, so place and organization names in any of those scripts print
 * as written, embedded in the file (the PDF's built-in Helvetica has none of them). Fontsource
 * ships each script as its own file; react-pdf takes a list of families and picks, per
 * character, the first that has it, then shapes and orders right-to-left runs (fontkit, bidi-js).
 * Only the glyphs used are embedded. WOFF, not WOFF2: fontkit reads WOFF without a Brotli decoder.
 */
const SCRIPTS: { family: string; file: string; hasItalic: boolean }[] = [
  { family: 'Noto Sans', file: 'noto-sans/files/noto-sans-latin', hasItalic: true },
  { family: 'Noto Sans Latin Extended', file: 'noto-sans/files/noto-sans-latin-ext', hasItalic: true },
  { family: 'Noto Sans Cyrillic', file: 'noto-sans/files/noto-sans-cyrillic', hasItalic: true },
  { family: 'Noto Sans Greek', file: 'noto-sans/files/noto-sans-greek', hasItalic: true },
  { family: 'Noto Sans Arabic', file: 'noto-sans-arabic/files/noto-sans-arabic-arabic', hasItalic: false },
];

/** Every text style's fontFamily: the scripts in the order characters are looked up. */
export const PDF_FONT_FAMILY: string[] = SCRIPTS.map((script) => script.family);

// The packages are read from the project's node_modules at run time (Next and the tests run
// from the project folder); bundlers would otherwise inline or rename the font files.
const FONT_FOLDER = path.join(process.cwd(), 'node_modules', '@fontsource');
const STYLES = [
  { fontWeight: 400, fontStyle: 'normal' },
  { fontWeight: 700, fontStyle: 'normal' },
  { fontWeight: 400, fontStyle: 'italic' },
] as const;
let loaded: Promise<void> | null = null;

/** Registers and loads the fonts once per process; every render after the first reuses them. */
export function loadPdfFonts(): Promise<void> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<void> {
  register();
  await Promise.all(
    SCRIPTS.flatMap((script) =>
      STYLES.map(async (style) => {
        const source = Font.getFont({ fontFamily: script.family, ...style });
        await source.load();
        // Each script's file calls itself NotoSans-Regular: pdfkit then takes a second file of the
        // same name for a changed font and embeds it again for every text run (35 fonts, 3x the size).
        const name = `${source.data!.postscriptName}-${script.family.replace(/^Noto Sans ?/, '').replace(/ /g, '') || 'Latin'}`;
        Object.defineProperty(source.data, 'postscriptName', { value: name });
      }),
    ),
  );
}

function register(): void {
  for (const script of SCRIPTS) {
    const file = (style: string) => path.join(FONT_FOLDER, `${script.file}-${style}.woff`);
    // Arabic has no italic: its upright letters stand in, so an italic note never fails to resolve.
    const italic = script.hasItalic ? file('400-italic') : file('400-normal');
    Font.register({
      family: script.family,
      fonts: [
        { src: file('400-normal'), fontWeight: 400 },
        { src: file('700-normal'), fontWeight: 700 },
        { src: italic, fontWeight: 400, fontStyle: 'italic' },
      ],
    });
  }
  // English hyphenation patterns split names ("Łą-kowo") and the hyphen falls in a font without it.
  Font.registerHyphenationCallback((word) => [word]);
}

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * The document with every right-to-left name between zero-width spaces: react-pdf 4.9 drops the
 * first letter of an Arabic word that starts or ends a paragraph when the font draws that
 * letter's dots as separate glyphs ("جمعية" printed as "معية"). The spaces are invisible.
 */
export function guardRightToLeft<T>(value: T): T {
  if (typeof value === 'string') return (RIGHT_TO_LEFT.test(value) ? `${ZERO_WIDTH_SPACE}${value}${ZERO_WIDTH_SPACE}` : value) as T;
  if (Array.isArray(value)) return value.map(guardRightToLeft) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, guardRightToLeft(entry)])) as T;
  return value;
}
