/**
 * Printed labels: the number of a provision as the document prints it ("52(a)", "2.1.3", "(1A)",
 * "5.0"), as opposed to its normalised `number`, which is dotted and unique within a version.
 *
 * A reader cites the printed label. Where a version prints the same label twice (a report's body
 * and its "Conclusions and recommendations" both numbered from 1), the label alone is ambiguous:
 * `provisionsForPrintedLabel` returns every provision it may mean, in reading order, so that a
 * citation can say it is ambiguous instead of silently taking the first.
 */

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
 * Every provision of one version that the printed `label` may mean, in the order given (reading
 * order). Provisions without a stored label are compared by their normalised number, which for
 * the documents parsed before labels existed is the label they print. An empty result means the
 * label names nothing in this version; more than one means the label is ambiguous here.
 */
export function provisionsForPrintedLabel<T extends LabelledProvision>(provisions: readonly T[], label: string): T[] {
  const wanted = printedLabelKey(label);
  if (wanted === null) return [];
  const byLabel: T[] = [];
  const byNumber: T[] = [];
  for (const provision of provisions) {
    const printed = provision.label ?? null;
    if (printed !== null && printedLabelKey(printed) === wanted) byLabel.push(provision);
    else if (printed === null && provision.number !== null && printedLabelKey(provision.number) === wanted) byNumber.push(provision);
  }
  // A normalised number only stands in for a label where nothing is printed.
  return byLabel.length === 0
    ? byNumber
    : byNumber.length === 0
      ? byLabel
      : provisions.filter((provision) => byLabel.includes(provision) || byNumber.includes(provision));
}
