/**
 * Printed labels: the number of a provision as the document prints it ("52(a)", "2.1.3", "(1A)",
 * "5.0"), as opposed to its normalised `number`, which is dotted and unique within a version.
 *
 * A reader cites the printed label. Where a version prints the same label twice (a report's body
 * and its "Conclusions and recommendations" both numbered from 1), the label alone is ambiguous:
 * `provisionsForPrintedLabel` returns every provision it may mean, in reading order, so that a
 * citation can say it is ambiguous instead of silently taking the first.
 */
import { at } from './arrays';

/** What `provisionsForPrintedLabel` needs of a provision. */
export interface LabelledProvision {
  number: string | null;
  /** The label as printed; absent or null for provisions stored before labels were kept. */
  label?: string | null;
}

/**
 * The comparison key of a printed label: lower case, segments joined by ".", trailing ".0"
 * segments dropped ("5.0" is how a dotted-decimal document prints paragraph 5).
 *
 * "52(a)", "52.a", "52a", "52 (a)" → "52.a"; "54(d)(ii)" → "54.d.ii"; "2.1.3" → "2.1.3";
 * "28(1A)" → "28.1a" (a bracketed token stays whole: statutes insert "1A" between 1 and 2);
 * "(1A)" → "1a"; "8.0(b)" → "8.b". Null when nothing in the text can be a label.
 */
export function printedLabelKey(label: string): string | null {
  const segments: string[] = [];
  const pattern = /\(([0-9a-z]+)\)|\[([0-9a-z]+)\]|([0-9]+)|([a-z]+)/g;
  const text = label.toLowerCase().trim();
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const segment = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    // Numbers lose leading zeros ("05" and "5" are one paragraph); "0" itself stays a segment.
    segments.push(/^\d+$/.test(segment) ? String(Number(segment)) : segment);
  }
  if (segments.length === 0) return null;
  // "5.0", "8.0(b)": a zero segment after the first adds nothing a reader distinguishes.
  const kept = segments.filter((segment, index) => index === 0 || segment !== '0');
  return kept.join('.');
}

/**
 * A lookup from a printed label's key (see `printedLabelKey`) to every provision of one version that it may mean, in the order
 * given (reading order). Provisions without a stored label are compared by their normalised
 * number, which for the documents parsed before labels existed is the label they print; a
 * normalised number only stands in for a label where nothing is printed. An empty result means
 * the label names nothing in this version; more than one means it is ambiguous here.
 */
export function labelIndex<T extends LabelledProvision>(provisions: readonly T[]): (key: string) => T[] {
  const byLabel = new Map<string, number[]>();
  const byNumber = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, key: string | null, position: number) => {
    if (key === null) return;
    const positions = index.get(key);
    if (positions) positions.push(position);
    else index.set(key, [position]);
  };
  provisions.forEach((provision, position) => {
    const printed = provision.label ?? null;
    if (printed !== null) add(byLabel, printedLabelKey(printed), position);
    else if (provision.number !== null) add(byNumber, printedLabelKey(provision.number), position);
  });
  return (key) => {
    const positions = [...(byLabel.get(key) ?? []), ...(byNumber.get(key) ?? [])].sort((a, b) => a - b);
    return positions.map((position) => at(provisions, position));
  };
}

/** Every provision of one version that the printed `label` may mean (see `labelIndex`). */
export function provisionsForPrintedLabel<T extends LabelledProvision>(provisions: readonly T[], label: string): T[] {
  const key = printedLabelKey(label);
  return key === null ? [] : labelIndex(provisions)(key);
}
