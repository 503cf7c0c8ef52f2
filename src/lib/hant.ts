/**
 * Simplified Chinese (as the paper prints it) to Traditional Chinese as written in Hong Kong,
 * with OpenCC (opencc-js, preset "cn" -> "hk": OpenCC's phrase and character tables, then its
 * Hong Kong variants), and the checks the zh-HK edition runs on its own text.
 *
 * Two checks, from strict to lenient:
 * - `nonHongKongChars` (the house rule for text we write): every character that changes when the
 *   text goes to Simplified and back to Hong Kong Traditional (hk -> cn -> hk). Hong Kong text
 *   comes back unchanged, so this catches Simplified forms (万, 战) and also Traditional variants
 *   that OpenCC's Hong Kong table writes differently (溫 -> 温, 群 -> 羣, 臺 -> 台). The round trip
 *   lets OpenCC read each word in context (萬里 and 干預 come back as they were; converting the
 *   Traditional text as if it were Simplified would give 萬裏 and 幹預). OpenCC still disagrees
 *   with a few attested Hong Kong forms (凶案 comes back 兇案); pass those in `allow` (the
 *   glossary's titles and names are the usual source).
 * - `simplifiedOnlyChars` (for forms attested elsewhere, such as a film's Hong Kong release
 *   title): only characters that are never Traditional in any of OpenCC's tables, such as 们 or
 *   战. Shared characters (干, 后, 凶, 万) pass, so this is the floor, not the house rule.
 */
import * as OpenCC from "opencc-js";

const cnToHk = OpenCC.Converter({ from: "cn", to: "hk" });
const hkToCn = OpenCC.Converter({ from: "hk", to: "cn" });

/** The paper's Simplified text as Hong Kong Traditional: "长津湖之水门桥" -> "長津湖之水門橋". */
export function toHongKong(simplified: string): string {
  return cnToHk(simplified);
}

/** Phrases masked before comparing, longest first so a long allowed phrase wins over a short one. */
function masked(text: string, allow: Iterable<string>): boolean[] {
  const chars = Array.from(text);
  const keep = chars.map(() => false);
  const phrases = [...new Set(allow)]
    .filter((p) => p.length > 0)
    .map((p) => Array.from(p))
    .sort((a, b) => b.length - a.length);
  for (let i = 0; i < chars.length; i++) {
    for (const p of phrases) {
      if (p.every((ch, j) => chars[i + j] === ch)) {
        for (let j = 0; j < p.length; j++) keep[i + j] = true;
        break;
      }
    }
  }
  return keep;
}

/** Hong Kong Traditional to Simplified, for the round trip; the Simplified form of "萬里歸途" is "万里归途". */
export function toSimplified(hongKong: string): string {
  return hkToCn(hongKong);
}

/**
 * Characters of zh-HK text that Hong Kong writing does not use: those that change on the round
 * trip hk -> cn -> hk, outside the `allow`ed phrases. Each character once, in order of first
 * appearance. "865万港元" -> ["万"]; "萬里歸途" -> []; "溫度" -> ["溫"].
 */
export function nonHongKongChars(text: string, allow: Iterable<string> = []): string[] {
  const chars = Array.from(text);
  const converted = Array.from(cnToHk(hkToCn(text)));
  const keep = masked(text, allow);
  const found = new Set<string>();
  if (converted.length === chars.length) {
    chars.forEach((ch, i) => {
      if (!keep[i] && converted[i] !== ch) found.add(ch);
    });
  } else {
    // OpenCC's tables map strings of equal length, so this is only a safeguard: compare one by one.
    chars.forEach((ch, i) => {
      if (!keep[i] && cnToHk(hkToCn(ch)) !== ch) found.add(ch);
    });
  }
  return [...found];
}

type Dict = string | readonly (readonly [string, string])[];

function* entries(dict: Dict): Generator<string[]> {
  if (typeof dict === "string") {
    for (const entry of dict.split("|")) if (entry) yield entry.split(" ");
  } else for (const pair of dict) yield [...pair];
}

let tables: { simplifiable: Set<string>; traditional: Set<string> } | undefined;

/** From OpenCC's own tables: characters it converts from Simplified, and every character it writes or reads as Traditional. */
function characterTables(): { simplifiable: Set<string>; traditional: Set<string> } {
  if (tables) return tables;
  const simplifiable = new Set<string>();
  const traditional = new Set<string>();
  const add = (s: string) => {
    for (const ch of s) traditional.add(ch);
  };
  const { from, to } = OpenCC.Locale;
  // Simplified -> Traditional: keys are Simplified, values Traditional.
  for (const group of from.cn ?? []) {
    for (const dict of group) {
      for (const [key, ...values] of entries(dict)) {
        if (key && [...key].length === 1) simplifiable.add(key);
        values.forEach(add);
      }
    }
  }
  // Traditional -> Simplified: keys are Traditional.
  for (const group of to.cn ?? []) for (const dict of group) for (const [key] of entries(dict)) if (key) add(key);
  // Hong Kong and Taiwan variants: both sides of a one-character entry are Traditional (their phrase
  // tables mix in Simplified, e.g. "这么 这麼", so they are left out).
  for (const locale of [from.hk, to.hk, from.tw, to.tw]) {
    for (const group of locale ?? []) {
      for (const dict of group) for (const entry of entries(dict)) if (entry.every((s) => [...s].length === 1)) entry.forEach(add);
    }
  }
  tables = { simplifiable, traditional };
  return tables;
}

/** Characters that are Simplified only (never Traditional in any OpenCC table): "阿媽有咗第二個" -> []; "战们" -> ["战", "们"]. */
export function simplifiedOnlyChars(text: string): string[] {
  const { simplifiable, traditional } = characterTables();
  const found = new Set<string>();
  for (const ch of text) if (simplifiable.has(ch) && !traditional.has(ch)) found.add(ch);
  return [...found];
}
