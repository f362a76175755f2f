import { visibleText } from '../evidence/visible-text';
import type { FontName } from './font-metrics';
import type { PdfWriter } from './pdf-writer';
import { standardTypesetter, type Typesetter } from './typesetter';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 };

export interface TextStyle {
  font?: FontName;
  size?: number;
  /** Grey level, 0 black to 1 white. */
  grey?: number;
  indent?: number;
}

/** Where a long word may break: after these, so addresses and hashes split readably. */
const BREAK_AFTER = new Set(['/', '?', '&', '=', '-', '_', '.', ',', ';', ':', '#']);

/**
 * Lines of text no wider than `width` as `measure` gives it, broken between words, or inside
 * a word that is too long (never inside a character).
 */
export function wrapText(text: string, measure: (text: string) => number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = [...word];
      while (rest.length > 1 && measure(rest.join('')) > width) {
        let cut = 1;
        while (cut < rest.length && measure(rest.slice(0, cut + 1).join('')) <= width) cut += 1;
        let soft = cut;
        while (soft > cut / 2 && !BREAK_AFTER.has(rest[soft - 1]!)) soft -= 1;
        const at = soft > cut / 2 ? soft : cut;
        lines.push(rest.slice(0, at).join(''));
        rest = rest.slice(at);
      }
      line = rest.join('');
    }
    lines.push(line);
  }
  return lines;
}

const number = (value: number) => (Math.round(value * 100) / 100).toString();

export interface FigureOptions {
  maxHeight: number;
  minHeight?: number;
  maxScale?: number;
  area?: { x: number; y: number; width: number; height: number };
}

interface OpenPage {
  content: string[];
  images: Set<string>;
}

/**
 * Lays text and pictures down the pages of a PDF, top to bottom, starting a new page when the
 * next line or picture would not fit. Every page gets a footer with its number once the
 * count is known.
 */
export class PageFlow {
  readonly margin = 50;
  readonly width = A4.width - 2 * this.margin;
  private readonly pages: OpenPage[] = [];
  private y = 0;

  constructor(
    private readonly writer: PdfWriter,
    private readonly footer: (page: number, count: number) => string,
    private readonly typesetter: Typesetter = standardTypesetter,
  ) {}

  private wrap(text: string, font: FontName, size: number, width: number): string[] {
    return wrapText(visibleText(text), (line) => this.typesetter.width(line, font, size), width);
  }

  private get page(): OpenPage {
    if (this.pages.length === 0) this.newPage();
    return this.pages[this.pages.length - 1]!;
  }

  newPage(): void {
    this.pages.push({ content: [], images: new Set() });
    this.y = A4.height - this.margin;
  }

  /** Space left on the page, in points. */
  get room(): number {
    return this.y - this.margin - 14;
  }

  private ensure(height: number): void {
    if (this.pages.length === 0 || height > this.room) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  text(text: string, style: TextStyle = {}): void {
    const font = style.font ?? 'regular';
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    const leading = size * 1.3;
    for (const line of this.wrap(text, font, size, this.width - indent)) {
      this.ensure(leading);
      this.y -= leading;
      this.drawLine(line, this.margin + indent, this.y + size * 0.25, font, size, style.grey);
    }
  }

  private drawLine(
    line: string,
    x: number,
    baseline: number,
    font: FontName,
    size: number,
    grey = 0,
  ): void {
    if (!line) return;
    this.page.content.push(
      `BT ${grey} g ${grey} G ${number(x)} ${number(baseline)} Td ` +
        `${this.typesetter.show(line, font, size)} ET`,
    );
  }

  /** A label and its value side by side; the value wraps in its own column. */
  field(label: string, value: string, options: { mono?: boolean; labelWidth?: number } = {}): void {
    const size = options.mono ? 8 : 9.5;
    const labelWidth = options.labelWidth ?? 130;
    const font: FontName = options.mono ? 'mono' : 'regular';
    const labelLines = this.wrap(label, 'bold', 9, labelWidth - 8);
    const valueLines = this.wrap(value, font, size, this.width - labelWidth);
    const leading = 9.5 * 1.3;
    const rows = Math.max(labelLines.length, valueLines.length);
    for (let row = 0; row < rows; row += 1) {
      this.ensure(leading);
      this.y -= leading;
      const baseline = this.y + 9.5 * 0.25;
      if (labelLines[row]) this.drawLine(labelLines[row]!, this.margin, baseline, 'bold', 9, 0.3);
      if (valueLines[row])
        this.drawLine(valueLines[row]!, this.margin + labelWidth, baseline, font, size);
    }
    this.y -= 2;
  }

  rule(): void {
    this.ensure(8);
    this.y -= 4;
    this.page.content.push(
      `0.75 G 0.5 w ${this.margin} ${number(this.y)} m ${number(this.margin + this.width)} ` +
        `${number(this.y)} l S`,
    );
    this.y -= 4;
  }

  /**
   * Draws a caption and under it an image, or the part of it inside `area` (in image pixels,
   * from the top left), as large as fits the width and `maxHeight` but never more than
   * `maxScale` points per pixel, with a thin frame. The caption never ends a page alone: when
   * less than `minHeight` is left for the picture, both go to the next page.
   */
  figure(
    caption: string,
    name: string,
    size: { width: number; height: number },
    { maxHeight, minHeight = 120, maxScale = 1.5, area }: FigureOptions,
  ): void {
    const part = area ?? { x: 0, y: 0, width: size.width, height: size.height };
    const captionHeight = 10 * 1.3 + 4;
    const fit = (height: number) =>
      Math.min(maxScale, this.width / part.width, height / part.height);
    let scale = fit(Math.min(maxHeight, this.room - captionHeight - 8));
    if (
      this.pages.length === 0 ||
      part.height * scale < Math.min(minHeight, part.height * fit(maxHeight))
    ) {
      this.newPage();
      scale = fit(Math.min(maxHeight, this.room - captionHeight - 8));
    }
    this.text(caption, { font: 'bold', size: 10 });
    this.y -= 4;
    const width = part.width * scale;
    const height = part.height * scale;
    this.y -= height;
    const left = this.margin;
    const bottom = this.y;
    const imageLeft = left - part.x * scale;
    const imageBottom = bottom - (size.height - part.y - part.height) * scale;
    this.page.images.add(name);
    this.page.content.push(
      `q ${number(left)} ${number(bottom)} ${number(width)} ${number(height)} re W n ` +
        `${number(size.width * scale)} 0 0 ${number(size.height * scale)} ` +
        `${number(imageLeft)} ${number(imageBottom)} cm /${name} Do Q`,
      `0.6 G 0.5 w ${number(left)} ${number(bottom)} ${number(width)} ${number(height)} re S`,
    );
    this.y -= 8;
  }

  /** Writes every page, each with its footer. */
  finish(): void {
    this.pages.forEach((page, index) => {
      const footer = this.footer(index + 1, this.pages.length);
      const x = this.margin + this.width - this.typesetter.width(footer, 'regular', 8);
      const line =
        `BT 0.4 g ${number(x)} ${number(this.margin - 20)} Td ` +
        `${this.typesetter.show(footer, 'regular', 8)} ET`;
      this.writer.addPage({
        ...A4,
        content: [...page.content, line].join('\n'),
        images: [...page.images],
      });
    });
  }
}
