/**
 * `--format docx`: the HTML page, rendered by the same templates (the user's included), laid out
 * as a Word document, so that a DPO can send a record for signature or to an authority. Headings,
 * paragraphs, lists, tables (header rows repeated on each page), contact lists and links carry
 * over; the site's navigation, the filter, scripts and the heat map's drawing do not (the risk
 * table beside it carries the same facts). Loaded only for this format: `docx` and `htmlparser2`
 * stay out of every other command's start-up.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

type Block = Paragraph | Table;

interface Inline {
  bold?: boolean;
  italics?: boolean;
  highlight?: boolean;
  muted?: boolean;
}

const SKIPPED = new Set(['head', 'style', 'script', 'nav', 'form', 'svg', 'figure', 'template']);
const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = { h1: HeadingLevel.TITLE, h2: HeadingLevel.HEADING_1, h3: HeadingLevel.HEADING_2, h4: HeadingLevel.HEADING_3 };
const BULLETS = 'privrec-bullets';
const MUTED = '4D4D4D';
const RULE = 'C9CED6';
const SHADE = 'F3F5F8';
/** A4 text width at 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9638;

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const classes = (element: Element) => (element.attribs.class ?? '').split(/\s+/);

/** The runs of a node's inline content, whitespace collapsed as a browser would. */
function inlines(nodes: readonly ChildNode[], style: Inline = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.data.replace(/\s+/g, ' ');
      if (text !== '') runs.push(run(text, style));
      continue;
    }
    if (!isElement(node) || SKIPPED.has(node.name) || node.attribs.hidden !== undefined) continue;
    switch (node.name) {
      case 'br':
        runs.push(new TextRun({ break: 1 }));
        break;
      case 'strong':
      case 'b':
      case 'th':
        runs.push(...inlines(node.children, { ...style, bold: true, highlight: style.highlight || classes(node).includes('missing') }));
        break;
      case 'em':
      case 'i':
        runs.push(...inlines(node.children, { ...style, italics: true }));
        break;
      case 'a': {
        const href = node.attribs.href ?? '';
        const text = textOf(node).replace(/\s+/g, ' ');
        // Links between the site's pages have no target in a document: their text stays.
        runs.push(/^(?:https?:|mailto:)/i.test(href) ? new ExternalHyperlink({ link: href, children: [run(text, { ...style, link: true })] }) : run(text, style));
        break;
      }
      default:
        runs.push(...inlines(node.children, { ...style, muted: style.muted || classes(node).includes('withheld'), italics: style.italics || classes(node).includes('withheld') }));
    }
  }
  return runs;
}

function run(text: string, style: Inline & { link?: boolean }): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    color: style.link ? '0A4B8F' : style.muted ? MUTED : undefined,
    underline: style.link ? {} : undefined,
    shading: style.highlight ? { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF0C2' } : undefined,
  });
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return isElement(node) ? node.children.map(textOf).join('') : '';
}

/** Block content: what a browser would lay out as paragraphs, lists and tables. */
function blocks(nodes: readonly ChildNode[], context: { level: number; style: Inline }): Block[] {
  const out: Block[] = [];
  let pending: ChildNode[] = [];
  const flush = () => {
    if (pending.some((node) => textOf(node).trim() !== '')) out.push(new Paragraph({ children: inlines(pending, context.style) }));
    pending = [];
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      pending.push(node);
      continue;
    }
    if (SKIPPED.has(node.name) || node.attribs.hidden !== undefined) continue;
    const name = node.name;
    if (INLINE.has(name)) {
      pending.push(node);
      continue;
    }
    flush();
    if (HEADINGS[name]) {
      out.push(new Paragraph({ heading: HEADINGS[name], keepNext: true, children: inlines(node.children) }));
    } else if (name === 'p' || name === 'caption' || name === 'figcaption') {
      const cls = classes(node);
      const style = { ...context.style, bold: context.style.bold || name === 'caption' || cls.includes('audience-internal'), muted: cls.includes('document-type') || cls.includes('dpo-of') };
      out.push(
        new Paragraph({
          keepNext: name === 'caption',
          shading: cls.includes('audience-internal') ? { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF0C2' } : undefined,
          children: inlines(node.children, style),
        }),
      );
    } else if (name === 'ul' || name === 'ol') {
      for (const item of node.children.filter(isElement)) out.push(...listItem(item, context.level));
    } else if (name === 'table') {
      out.push(...table(node));
    } else if (name === 'dl') {
      out.push(...definitions(node));
    } else {
      out.push(...blocks(node.children, context));
    }
  }
  flush();
  return out;
}

const INLINE = new Set(['a', 'strong', 'b', 'em', 'i', 'span', 'br']);

/** A list item: its leading text (or first paragraph) carries the bullet; what follows goes one level deeper. */
function listItem(item: Element, level: number): Block[] {
  const children = item.children.filter((node) => !(isElement(node) && (SKIPPED.has(node.name) || node.attribs.hidden !== undefined)));
  const firstBlock = children.findIndex((node) => isElement(node) && !INLINE.has(node.name));
  const leading = firstBlock === -1 ? children : children.slice(0, firstBlock);
  const startsWithParagraph = leading.every((node) => textOf(node).trim() === '') && firstBlock !== -1 && (children[firstBlock] as Element).name === 'p';
  const lead = startsWithParagraph ? (children[firstBlock] as Element).children : leading;
  const rest = firstBlock === -1 ? [] : children.slice(startsWithParagraph ? firstBlock + 1 : firstBlock);
  return [new Paragraph({ numbering: { reference: BULLETS, level: Math.min(level, 8) }, children: inlines(lead) }), ...blocks(rest, { level: level + 1, style: {} })];
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

/** Roughly the width of a character at the document's 10.5 pt, and a cell's side margins, in twips. */
const CHARACTER = 115;
const CELL_MARGINS = 220;

/**
 * Column widths from how much text each column holds on average (a number column stays narrow,
 * a description column gets the room), each wide enough for its longest word.
 */
function columnWidths(rows: readonly Element[][]): number[] {
  const columns = Math.max(...rows.map((cells) => cells.length));
  const texts = (column: number) => rows.flatMap((cells) => (cells[column] ? [textOf(cells[column]).replace(/\s+/g, ' ').trim()] : []));
  const weights = Array.from({ length: columns }, (_, column) => {
    const lengths = texts(column).map((text) => text.length);
    const average = lengths.reduce((sum, length) => sum + length, 0) / Math.max(lengths.length, 1);
    return Math.min(Math.max(average, 4), 120);
  });
  const minimums = Array.from({ length: columns }, (_, column) => {
    const longestWord = Math.max(0, ...texts(column).flatMap((text) => text.split(' ').map((word) => word.length)));
    return Math.min(Math.max(620, Math.min(longestWord, 16) * CHARACTER + CELL_MARGINS), TEXT_WIDTH / columns);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight, column) => Math.max(minimums[column]!, Math.round((weight / total) * TEXT_WIDTH)));
  const excess = widths.reduce((sum, width) => sum + width, 0) - TEXT_WIDTH;
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = widths[widest]! - excess;
  return widths;
}

function table(element: Element): Block[] {
  const caption = element.children.filter(isElement).find((child) => child.name === 'caption');
  const rows: TableRow[] = [];
  const cellRows: Element[][] = [];
  const sections = element.children.filter(isElement).filter((child) => child.name === 'thead' || child.name === 'tbody' || child.name === 'tr');
  for (const section of sections) {
    const header = section.name === 'thead';
    const trs = section.name === 'tr' ? [section] : section.children.filter(isElement).filter((child) => child.name === 'tr');
    for (const tr of trs) {
      const cells = tr.children.filter(isElement).filter((child) => child.name === 'td' || child.name === 'th');
      if (cells.length === 0) continue;
      cellRows.push(cells);
      rows.push(
        new TableRow({
          tableHeader: header,
          cantSplit: false,
          children: cells.map((cell) => {
            const content = blocks(cell.children, { level: 0, style: { bold: cell.name === 'th' } });
            return new TableCell({
              borders: BORDERS,
              shading: cell.name === 'th' ? { type: ShadingType.CLEAR, color: 'auto', fill: SHADE } : undefined,
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              children: content.length > 0 ? content : [new Paragraph('')],
            });
          }),
        }),
      );
    }
  }
  const out: Block[] = [];
  if (caption) out.push(new Paragraph({ keepNext: true, children: inlines(caption.children, { bold: true }) }));
  if (rows.length > 0) out.push(new Table({ rows, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: columnWidths(cellRows), layout: TableLayoutType.FIXED }));
  return out;
}

/** A contact list (dl): one line per term, "Label: value". */
function definitions(element: Element): Paragraph[] {
  const out: Paragraph[] = [];
  const entries = element.children.filter(isElement).flatMap((child) => (child.name === 'div' ? child.children.filter(isElement) : [child]));
  let label: Element | undefined;
  for (const entry of entries) {
    if (entry.name === 'dt') label = entry;
    if (entry.name === 'dd') {
      out.push(new Paragraph({ children: [...(label ? [...inlines(label.children, { bold: true }), run(': ', { bold: true })] : []), ...inlines(entry.children)] }));
      label = undefined;
    }
  }
  return out;
}

/** The document for a rendered HTML page. */
export async function htmlToDocx(html: string): Promise<Buffer> {
  const dom = parseDocument(html);
  const htmlElement = dom.children.filter(isElement).find((node) => node.name === 'html');
  const body = htmlElement?.children.filter(isElement).find((node) => node.name === 'body');
  const title = htmlElement
    ? textOf(
        htmlElement.children
          .filter(isElement)
          .find((n) => n.name === 'head')
          ?.children.filter(isElement)
          .find((n) => n.name === 'title') ?? htmlElement,
      ).trim()
    : '';
  const lang = htmlElement?.attribs.lang ?? 'en';
  const document = new Document({
    title,
    creator: 'privrec',
    styles: {
      default: {
        document: { run: { font: 'Liberation Sans', size: 21, language: { value: lang } }, paragraph: { spacing: { after: 100 } } },
        title: { run: { size: 36, bold: true, color: '1B1B1B' } },
        heading1: { run: { size: 28, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading2: { run: { size: 23, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level % 2 === 0 ? '•' : '–',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: blocks(body?.children ?? dom.children, { level: 0, style: {} }),
      },
    ],
  });
  return Packer.toBuffer(document);
}
