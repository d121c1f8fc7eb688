import type { FieldError } from '@psp/contracts';
import { normaliseNumber, numberDepth, parentNumber } from '@psp/plan-text';

export interface MinuteItemInput {
  number: string;
  heading?: string;
  text: string;
}

/** A minute item ready to store as a provision of the minutes' version. */
export interface KeyedMinuteItem {
  provisionKey: string;
  number: string;
  heading: string | null;
  text: string;
  depth: number;
  parentKey: string | null;
  kind: 'PARAGRAPH' | 'POINT';
  position: number;
}

/**
 * Numbers the clerk's items as the rest of the portal numbers provisions ("44", "44(ix)" → "44.ix"),
 * so that "minute 44(ix)" in a response resolves against them. Field errors for numbers that are
 * not numbers or that repeat.
 */
export function normaliseMinuteNumbers(items: MinuteItemInput[]): { numbers: string[]; errors: FieldError[] } {
  const numbers: string[] = [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const number = normaliseNumber(item.number);
    if (!number) {
      errors.push({ path: `items.${index}.number`, message: 'Write the item number as the minutes print it, like 44 or 44(ix)' });
    } else if (seen.has(number)) {
      errors.push({ path: `items.${index}.number`, message: `Item ${number} appears more than once` });
    } else {
      seen.add(number);
    }
    numbers.push(number ?? '');
  });
  return { numbers, errors };
}

/**
 * Gives each item its provision key: the key the same number had in the previous version of the
 * minutes (so a citation of "minute 44(ix)" follows the item from draft to published), or a new
 * one. Depth and parent come from the number.
 */
export function keyMinuteItems(
  items: MinuteItemInput[],
  numbers: string[],
  previous: ReadonlyArray<{ number: string | null; provisionKey: string }>,
  newKey: () => string,
): KeyedMinuteItem[] {
  const previousKeys = new Map(previous.filter((p) => p.number !== null).map((p) => [p.number as string, p.provisionKey]));
  // One number and one key per item, paired by iteration rather than by index.
  const keyed = items.map((item, index) => {
    const number = numbers[index];
    if (number === undefined) throw new RangeError(`minute item ${index} has no number`);
    return { item, number, provisionKey: previousKeys.get(number) ?? newKey() };
  });
  const keyByNumber = new Map(keyed.map(({ number, provisionKey }) => [number, provisionKey]));
  return keyed.map(({ item, number, provisionKey }, index) => {
    const depth = numberDepth(number);
    const parent = parentNumber(number);
    return {
      provisionKey,
      number,
      heading: item.heading?.trim() || null,
      text: item.text,
      depth,
      parentKey: parent ? (keyByNumber.get(parent) ?? null) : null,
      kind: depth === 0 ? 'PARAGRAPH' : 'POINT',
      position: index,
    };
  });
}
