/**
 * Word list numbering as Word and LibreOffice print it, read from the .docx package itself:
 * mammoth's HTML keeps a list's nesting but not its numbers (a list that starts at 2, a restart,
 * "1.0 / 1.1 / 2.0" levels all come out as 1, 2, 3).
 *
 * Reads `word/numbering.xml` (abstractNum → lvl: start, numFmt, lvlText such as "%1.%2"; num →
 * abstractNumId, lvlOverride/startOverride), `word/styles.xml` (a style's numPr, through basedOn)
 * and the paragraphs of `word/document.xml` (pPr/numPr: ilvl, numId), and returns the label each
 * list paragraph prints, in document order.
 *
 * Safety: every entry is inflated with a bound (MAX_XML_BYTES) and inflation stops at the bound;
 * a DOCTYPE is refused outright, so entity expansion (billion laughs) and external entities (XXE)
 * never happen. Both throw PlanImportError naming what was refused.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { PlanImportError } from './errors';
import { letterLabel, toRoman } from './numbering';

/** Most XML one part of a Word document may inflate to. */
export const MAX_XML_BYTES = 20 * 1024 * 1024;

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'] as const;
type PartName = (typeof PARTS)[number];

/**
 * Inflates the parts we read, each bounded; parts that are absent are left out. Null when the
 * zip itself cannot be read here (mammoth then decides whether the file is a Word document).
 */
export function readDocxParts(buffer: Uint8Array, limit = MAX_XML_BYTES): Partial<Record<PartName, string>> | null {
  const chunks = new Map<PartName, Uint8Array[]>();
  const sizes = new Map<PartName, number>();
  let overLimit: string | null = null;
  let failure: unknown = null;
  const unzip = new Unzip((file: UnzipFile) => {
    const name = PARTS.find((part) => part === file.name);
    if (!name || chunks.has(name)) return;
    chunks.set(name, []);
    sizes.set(name, 0);
    file.ondata = (error, chunk) => {
      if (error) {
        failure = error;
        return;
      }
      const size = (sizes.get(name) ?? 0) + chunk.length;
      sizes.set(name, size);
      if (size > limit) {
        overLimit = name;
        file.terminate();
        return;
      }
      chunks.get(name)?.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(buffer, true);
  } catch (error) {
    failure = error;
  }
  if (overLimit !== null) {
    throw new PlanImportError('TOO_LARGE', `The Word document is too large: ${overLimit} inflates to more than ${limit / (1024 * 1024)} MB of XML.`);
  }
  if (failure !== null) return null;
  const decoder = new TextDecoder('utf-8');
  const parts: Partial<Record<PartName, string>> = {};
  for (const [name, pieces] of chunks) {
    const joined = new Uint8Array(sizes.get(name) ?? 0);
    let offset = 0;
    for (const piece of pieces) {
      joined.set(piece, offset);
      offset += piece.length;
    }
    parts[name] = decoder.decode(joined);
  }
  return parts;
}

type Attributes = Record<string, string>;

/** Walks an XML document's elements; refuses any DOCTYPE (and so every entity declaration). */
function walkXml(xml: string, part: string, open: (name: string, attributes: Attributes) => void, close: (name: string) => void): void {
  const parser = new SaxesParser({ xmlns: false });
  let refused = false;
  parser.on('doctype', () => {
    refused = true;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (refused) return;
    open(tag.name, tag.attributes);
    if (tag.isSelfClosing) close(tag.name);
  });
  parser.on('closetag', (tag) => {
    if (!refused && !tag.isSelfClosing) close(tag.name);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (refused) throw new PlanImportError('UNREADABLE', `The Word document declares a DTD in ${part}; documents with DTDs or entities are refused.`);
    throw new PlanImportError('UNREADABLE', 'The file could not be read as a Word document (.docx). It may be damaged or in another format.', { cause: error });
  }
  if (refused) throw new PlanImportError('UNREADABLE', `The Word document declares a DTD in ${part}; documents with DTDs or entities are refused.`);
}

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  instances: Map<string, NumberingInstance>;
}

function readNumbering(xml: string | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const instances = new Map<string, NumberingInstance>();
  if (xml === undefined) return { abstracts, instances };
  let levels: Map<number, Level> | null = null;
  let level: Level | null = null;
  let levelIndex = 0;
  let instance: NumberingInstance | null = null;
  let overrideLevel: number | null = null;
  walkXml(
    xml,
    'word/numbering.xml',
    (name, attributes) => {
      const value = attributes['w:val'];
      if (name === 'w:abstractNum') {
        levels = new Map();
        abstracts.set(attributes['w:abstractNumId'] ?? '', levels);
      } else if (name === 'w:num') {
        instance = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
        instances.set(attributes['w:numId'] ?? '', instance);
      } else if (name === 'w:abstractNumId' && instance) {
        instance.abstractId = value ?? '';
      } else if (name === 'w:lvlOverride' && instance) {
        overrideLevel = Number(attributes['w:ilvl'] ?? 0);
      } else if (name === 'w:startOverride' && instance && overrideLevel !== null) {
        instance.startOverrides.set(overrideLevel, Number(value ?? 1));
      } else if (name === 'w:lvl') {
        levelIndex = Number(attributes['w:ilvl'] ?? 0);
        level = { start: 1, format: 'decimal', text: `%${levelIndex + 1}.` };
      } else if (level && name === 'w:start') {
        level.start = Number(value ?? 1);
      } else if (level && name === 'w:numFmt') {
        level.format = value ?? 'decimal';
      } else if (level && name === 'w:lvlText') {
        level.text = value ?? '';
      }
    },
    (name) => {
      if (name === 'w:lvl' && level) {
        if (instance && overrideLevel !== null) instance.levelOverrides.set(levelIndex, level);
        else levels?.set(levelIndex, level);
        level = null;
      } else if (name === 'w:abstractNum') levels = null;
      else if (name === 'w:num') instance = null;
      else if (name === 'w:lvlOverride') overrideLevel = null;
    },
  );
  return { abstracts, instances };
}

interface NumberingReference {
  numId: string | null;
  level: number | null;
}

/** Each paragraph style's numbering, with what it inherits through basedOn filled in. */
function readStyles(xml: string | undefined): Map<string, NumberingReference> {
  const own = new Map<string, NumberingReference & { basedOn: string | null }>();
  if (xml !== undefined) {
    let current: (NumberingReference & { basedOn: string | null }) | null = null;
    walkXml(
      xml,
      'word/styles.xml',
      (name, attributes) => {
        if (name === 'w:style') {
          current = { numId: null, level: null, basedOn: null };
          own.set(attributes['w:styleId'] ?? '', current);
        } else if (current && name === 'w:basedOn') current.basedOn = attributes['w:val'] ?? null;
        else if (current && name === 'w:numId') current.numId = attributes['w:val'] ?? null;
        else if (current && name === 'w:ilvl') current.level = Number(attributes['w:val'] ?? 0);
      },
      (name) => {
        if (name === 'w:style') current = null;
      },
    );
  }
  const resolved = new Map<string, NumberingReference>();
  for (const id of own.keys()) {
    let numId: string | null = null;
    let level: number | null = null;
    const seen = new Set<string>();
    for (let style = own.get(id); style && !seen.has(id); style = style.basedOn ? own.get(style.basedOn) : undefined) {
      numId ??= style.numId;
      level ??= style.level;
      if (style.basedOn === null || seen.has(style.basedOn)) break;
      seen.add(style.basedOn);
    }
    resolved.set(id, { numId, level });
  }
  return resolved;
}

/** A counter as a level's numFmt prints it; null for formats that print no number (bullets, none). */
function formatCounter(value: number, format: string): string | null {
  switch (format) {
    case 'decimal':
      return String(value);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'lowerLetter':
      return letterLabel(Math.max(value, 1));
    case 'upperLetter':
      return letterLabel(Math.max(value, 1)).toUpperCase();
    case 'lowerRoman':
      return value >= 1 && value <= 3999 ? toRoman(value) : String(value);
    case 'upperRoman':
      return value >= 1 && value <= 3999 ? toRoman(value).toUpperCase() : String(value);
    default:
      return null;
  }
}

/**
 * The label each list paragraph of the document prints, in document order (paragraphs in tables
 * included): "2.", "1.1", "a)", "(iv)"; null for a bullet or a list level that prints no number.
 * Only paragraphs whose numbering resolves to a defined level are listed: those are the paragraphs
 * mammoth turns into list items.
 */
export function wordListLabels(parts: Partial<Record<PartName, string>>): Array<string | null> {
  const numbering = readNumbering(parts['word/numbering.xml']);
  const styles = readStyles(parts['word/styles.xml']);
  const labels: Array<string | null> = [];
  const document = parts['word/document.xml'];
  if (document === undefined) return labels;
  // Word counts per abstract numbering: instances of one abstractNum continue each other's
  // counters, unless an instance overrides a level's start, which restarts it on first use.
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  let inParagraphProperties = false;
  let inRunProperties = false;
  let paragraph: { style: string | null; numId: string | null; level: number | null } | null = null;

  const finishParagraph = (): void => {
    if (!paragraph) return;
    const fromStyle = paragraph.style ? styles.get(paragraph.style) : undefined;
    const numId = paragraph.numId ?? fromStyle?.numId ?? null;
    const level = paragraph.level ?? fromStyle?.level ?? 0;
    paragraph = null;
    if (numId === null || numId === '0') return;
    const instance = numbering.instances.get(numId);
    const abstract = instance ? numbering.abstracts.get(instance.abstractId) : undefined;
    if (!instance || !abstract) return;
    const definition = (index: number): Level | undefined => instance.levelOverrides.get(index) ?? abstract.get(index);
    if (!definition(level)) return;
    const counts = counters.get(instance.abstractId) ?? [];
    counters.set(instance.abstractId, counts);
    const startKey = `${numId}:${level}`;
    const override = instance.startOverrides.get(level);
    if (override !== undefined && !started.has(startKey)) {
      counts[level] = override - 1;
      counts.length = level + 1;
    }
    started.add(startKey);
    const startOf = (index: number): number => definition(index)?.start ?? 1;
    counts[level] = (counts[level] ?? startOf(level) - 1) + 1;
    // A deeper level starts again under each new item of this one.
    counts.length = level + 1;
    const own = definition(level) as Level;
    if (own.format === 'bullet' || own.format === 'none') {
      labels.push(null);
      return;
    }
    let printable = true;
    const text = own.text.replace(/%(\d)/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const format = definition(index)?.format ?? 'decimal';
      const printed = formatCounter(counts[index] ?? startOf(index), format);
      if (printed === null) printable = false;
      return printed ?? '';
    });
    labels.push(printable && text.trim() !== '' ? text.trim() : null);
  };

  walkXml(
    document,
    'word/document.xml',
    (name, attributes) => {
      if (name === 'w:p') paragraph = { style: null, numId: null, level: null };
      else if (name === 'w:pPr') inParagraphProperties = true;
      else if (name === 'w:rPr') inRunProperties = true;
      else if (paragraph && inParagraphProperties && !inRunProperties) {
        if (name === 'w:pStyle') paragraph.style = attributes['w:val'] ?? null;
        else if (name === 'w:numId') paragraph.numId = attributes['w:val'] ?? null;
        else if (name === 'w:ilvl') paragraph.level = Number(attributes['w:val'] ?? 0);
      }
    },
    (name) => {
      if (name === 'w:pPr') inParagraphProperties = false;
      else if (name === 'w:rPr') inRunProperties = false;
      else if (name === 'w:p') finishParagraph();
    },
  );
  return labels;
}
