import "server-only";
import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import type { PdfFonts } from "@/lib/documents/pdf-a";

/*
 * A top-to-bottom writer on A4 pages for the invoice and statement PDFs: it wraps text, starts a
 * new page when the next block would cross the bottom margin (repeating a table's header there),
 * numbers the pages at the end, and records every string it draws per page so tests can read the
 * document without decoding embedded-font content streams.
 */

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 42;
const FOOTER_SPACE = 40;
export const GREY = rgb(0.38, 0.38, 0.38);
export const INK = rgb(0.1, 0.1, 0.1);
export const RULE = rgb(0.78, 0.78, 0.78);
export const SHADE = rgb(0.94, 0.94, 0.94);

export type TextStyle = { bold?: boolean; size?: number; color?: RGB };
export type Column = { title: string; width: number; align?: "left" | "right" };

export class PdfFlow {
  readonly pages: PDFPage[] = [];
  /** Everything drawn, page by page: what a reader of the PDF sees, in reading order. */
  readonly text: string[][] = [];
  page!: PDFPage;
  y = 0;
  readonly width = A4[0] - 2 * MARGIN;

  /** `continuation` heads every page after the first (« Facture n° … (suite) »). */
  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: PdfFonts,
    private readonly continuation: string,
  ) {
    this.addPage();
  }

  addPage(): void {
    this.page = this.pdf.addPage(A4);
    this.pages.push(this.page);
    this.text.push([]);
    this.y = A4[1] - MARGIN;
    if (this.pages.length > 1) {
      this.draw(`${this.continuation} (suite)`, MARGIN, this.y - 10, { size: 8, color: GREY });
      this.y -= 24;
    }
  }

  font(style: TextStyle = {}): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number): void {
    if (this.y - height < MARGIN + FOOTER_SPACE) this.addPage();
  }

  /** Draws one line at (x, y) without moving the flow. */
  draw(s: string, x: number, y: number, style: TextStyle = {}): void {
    if (!s) return;
    this.page.drawText(s, { x, y, size: style.size ?? 9, font: this.font(style), color: style.color ?? INK });
    this.text[this.text.length - 1]!.push(s);
  }

  /** Draws right-aligned so the text ends at `right`. */
  drawRight(s: string, right: number, y: number, style: TextStyle = {}): void {
    this.draw(s, right - this.font(style).widthOfTextAtSize(s, style.size ?? 9), y, style);
  }

  wrap(s: string, width: number, style: TextStyle = {}): string[] {
    const font = this.font(style);
    const size = style.size ?? 9;
    const out: string[] = [];
    for (const paragraph of s.split("\n")) {
      let line = "";
      for (const word of paragraph.split(" ")) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && font.widthOfTextAtSize(candidate, size) > width) {
          out.push(line);
          line = word;
        } else line = candidate;
      }
      out.push(line);
    }
    return out;
  }

  /** A wrapped paragraph at the flow's position, moving down, across pages if needed. */
  paragraph(s: string, style: TextStyle = {}, x = MARGIN, width = this.width - (x - MARGIN)): void {
    const leading = (style.size ?? 9) * 1.35;
    for (const l of this.wrap(s, width, style)) {
      this.ensure(leading);
      this.y -= leading;
      this.draw(l, x, this.y, style);
    }
  }

  gap(points: number): void {
    this.y -= points;
  }

  rule(color: RGB = RULE): void {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + this.width, y: this.y }, thickness: 0.6, color });
  }

  /**
   * A table: its header, then each row (one column wrapped, the first by default), a new page with
   * the header again when a row does not fit.
   */
  table(columns: Column[], rows: string[][], options: { boldRows?: Set<number>; wrapColumn?: number } = {}): void {
    const wrapAt = options.wrapColumn ?? 0;
    const size = 8.5;
    const leading = size * 1.35;
    const header = () => {
      this.ensure(leading * 3);
      this.page.drawRectangle({ x: MARGIN, y: this.y - leading - 3, width: this.width, height: leading + 3, color: SHADE });
      this.y -= leading;
      this.cells(columns, columns.map((c) => [c.title]), { bold: true, size });
      this.y -= 4;
    };
    header();
    rows.forEach((row, index) => {
      const style = { size, bold: options.boldRows?.has(index) };
      const cells = row.map((value, i) => (i === wrapAt ? this.wrap(value, columns[i]!.width - 6, style) : [value]));
      const height = Math.max(...cells.map((c) => c.length)) * leading + 3;
      if (this.y - height < MARGIN + FOOTER_SPACE) {
        this.addPage();
        header();
      }
      this.y -= leading;
      this.cells(columns, cells, style);
      this.y -= (Math.max(...cells.map((c) => c.length)) - 1) * leading + 3;
      this.rule();
    });
  }

  private cells(columns: Column[], cells: string[][], style: TextStyle): void {
    const leading = (style.size ?? 9) * 1.35;
    let x = MARGIN;
    columns.forEach((column, i) => {
      (cells[i] ?? []).forEach((line, k) => {
        if (column.align === "right") this.drawRight(line, x + column.width - 3, this.y - k * leading, style);
        else this.draw(line, x + 3, this.y - k * leading, style);
      });
      x += column.width;
    });
  }

  /** The footer of every page: a line of text and « Page n/N ». */
  footer(text: string): void {
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      const style = { size: 7, color: GREY };
      const lines = this.wrap(text, this.width - 60, style);
      lines.forEach((l, k) => {
        page.drawText(l, { x: MARGIN, y: MARGIN - 8 + (lines.length - 1 - k) * 9, size: 7, font: this.fonts.regular, color: GREY });
        this.text[i]!.push(l);
      });
      const label = `Page ${i + 1}/${total}`;
      page.drawText(label, { x: MARGIN + this.width - this.fonts.regular.widthOfTextAtSize(label, 7), y: MARGIN - 8, size: 7, font: this.fonts.regular, color: GREY });
      this.text[i]!.push(label);
    });
  }
}
