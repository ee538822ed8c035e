// Text blocks of a structured document (office XML, converted HTML): one per paragraph, heading or list
// item, and one per table row with its cells joined by " | ", as table rows read in Markdown files.

export class BlockCollector {
  readonly blocks: string[] = [];
  private text = '';
  private cells: string[] | undefined;
  private cell: string | undefined;
  /** Tables inside a table cell are read into that cell. */
  private nestedRows = 0;

  append(text: string): void {
    if (this.cell !== undefined) this.cell += text;
    else this.text += text;
  }

  /** Ends a paragraph; inside a table cell, the cell's paragraphs stay together. */
  endBlock(): string | undefined {
    if (this.cell !== undefined) {
      this.cell += ' ';
      return undefined;
    }
    const block = this.text.replace(/\s+/g, ' ').trim();
    this.text = '';
    if (block === '') return undefined;
    this.blocks.push(block);
    return block;
  }

  startRow(): void {
    if (this.cells !== undefined) {
      this.nestedRows++;
      return;
    }
    this.endBlock();
    this.cells = [];
  }

  startCell(): void {
    if (this.nestedRows === 0 && this.cells !== undefined) this.cell = '';
    else this.append(' ');
  }

  endCell(): void {
    if (this.nestedRows > 0 || this.cells === undefined || this.cell === undefined) return;
    this.cells.push(this.cell.replace(/\s+/g, ' ').trim());
    this.cell = undefined;
  }

  endRow(): void {
    if (this.nestedRows > 0) {
      this.nestedRows--;
      return;
    }
    const cells = (this.cells ?? []).filter((cell) => cell !== '');
    this.cells = undefined;
    this.cell = undefined;
    if (cells.length > 0) this.blocks.push(cells.join(' | '));
  }

  /** Flushes what is left; returns the blocks. */
  finish(): string[] {
    if (this.cells !== undefined) this.endRow();
    this.endBlock();
    return this.blocks;
  }
}
