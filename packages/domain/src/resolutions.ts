// Minutes record what the panel resolved. A resolution that asks something of the Commissioner
// ("RESOLVED that the Commissioner be asked to report on the 101 service") is a recommendation the
// clerk may not have recorded yet: the portal offers it, and records nothing without the clerk.

export interface MinuteItem {
  number: string | null;
  text: string;
}

export interface SuggestedRecommendation {
  /** The minute it comes from, as numbered ("6", "6.b"). */
  minute: string | null;
  /** The resolution's words, from "that …". */
  text: string;
}

const RESOLVED = /\bRESOLVED\b\s*(?::|—|-|,)?\s*/i;
const OF_THE_COMMISSIONER = /\b(?:Police and Crime Commissioner|Commissioner|PCC|OPCC)\b/i;
const ASKS =
  /\b(?:be asked|be requested|requests?|recommends?|urges?|asks?|invites?|calls? on|should|to consider|to provide|to report|to publish|to review|to respond)\b/i;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The parts of a resolution: "(a) that …; (b) that …" or lines are parts of their own. */
function partsOf(resolution: string): string[] {
  return resolution
    .split(/\n+|;\s*(?=\(?[a-z]{1,3}\)\s)|(?<=[.;])\s+(?=\(?[a-z]{1,3}\)\s)/i)
    .map((part) => part.replace(/^\(?[a-z]{1,3}\)\s*/i, '').trim())
    .filter((part) => part.length > 0);
}

/**
 * The resolutions in these minutes that ask something of the Commissioner, less those already
 * recorded as recommendations (the same words, ignoring case and punctuation).
 */
export function resolutionsForTheCommissioner(items: readonly MinuteItem[], recorded: readonly string[]): SuggestedRecommendation[] {
  const known = recorded.map(normalise);
  const out: SuggestedRecommendation[] = [];
  for (const item of items) {
    const match = RESOLVED.exec(item.text);
    if (!match) continue;
    const resolution = item.text.slice(match.index + match[0].length);
    for (const part of partsOf(resolution)) {
      if (!OF_THE_COMMISSIONER.test(part) || !ASKS.test(part)) continue;
      const text = part
        .replace(/[;,]\s*(?:and)?$/i, '')
        .replace(/^that\s+/i, 'That ')
        .trim();
      const words = normalise(text);
      if (known.some((k) => k.includes(words) || words.includes(k))) continue;
      out.push({ minute: item.number, text: /[.!?]$/.test(text) ? text : `${text}.` });
    }
  }
  return out;
}
