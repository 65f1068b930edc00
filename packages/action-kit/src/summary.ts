/** A job-summary builder producing GitHub-flavoured markdown; cell and title text is escaped. */

/** A table cell: plain values are escaped; `{ markdown }` is inserted as written (links, code). */
export type Cell = string | number | boolean | null | undefined | { markdown: string };

export type Status = 'success' | 'failure' | 'warning' | 'skipped' | 'running' | 'info';

const STATUS_EMOJI: Record<Status, string> = {
  success: '✅',
  failure: '❌',
  warning: '⚠️',
  skipped: '⏭️',
  running: '⏳',
  info: 'ℹ️',
};

export function statusEmoji(status: Status): string {
  return STATUS_EMOJI[status];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML (in `<summary>` and other tags). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Escapes text so markdown shows it literally: HTML, markdown punctuation, table pipes; newlines become `<br>`. */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/[\\`*_{}[\]()#+!|~]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, '<br>');
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.markdown.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
  return escapeMarkdown(String(cell));
}

function tableRow(cells: readonly Cell[]): string {
  return `| ${cells.map(cellText).join(' | ')} |`;
}

export class SummaryBuilder {
  private readonly blocks: string[] = [];

  /** `## text` (level 1 to 6), escaped. */
  heading(text: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 2): this {
    return this.add(`${'#'.repeat(level)} ${escapeMarkdown(text)}`);
  }

  /** A paragraph of markdown as written; escape values you interpolate with escapeMarkdown. */
  paragraph(markdown: string): this {
    return this.add(markdown);
  }

  /** `✅ text` (text escaped). */
  status(status: Status, text: string): this {
    return this.add(`${statusEmoji(status)} ${escapeMarkdown(text)}`);
  }

  /** A bulleted list of escaped items. */
  list(items: readonly Cell[]): this {
    return items.length === 0 ? this : this.add(items.map((item) => `- ${cellText(item)}`).join('\n'));
  }

  /** A table with a header row. Rows shorter than the header are padded. */
  table(header: readonly string[], rows: readonly (readonly Cell[])[]): this {
    const lines = [
      tableRow(header),
      `|${header.map(() => ' --- ').join('|')}|`,
      ...rows.map((row) => tableRow(header.map((_, i) => row[i]))),
    ];
    return this.add(lines.join('\n'));
  }

  /** A two-column table of names (bold) and values; entries whose value is undefined are left out. */
  keyValue(
    entries: Readonly<Record<string, Cell>> | readonly (readonly [string, Cell])[],
    header: readonly [string, string] = ['Name', 'Value'],
  ): this {
    const pairs: readonly (readonly [string, Cell])[] = Array.isArray(entries)
      ? entries
      : Object.entries(entries);
    const rows = pairs
      .filter(([, value]) => value !== undefined)
      .map(([key, value]): Cell[] => [{ markdown: `**${escapeMarkdown(key)}**` }, value]);
    return this.table(header, rows);
  }

  /** A fenced code block; the fence is longer than any backtick run in the code. */
  code(code: string, language = ''): this {
    const longestRun = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    return this.add(`${fence}${language}\n${code.replace(/\n$/, '')}\n${fence}`);
  }

  /** A collapsed `<details>` section; `content` is markdown or a function filling a nested builder. */
  details(title: string, content: string | ((inner: SummaryBuilder) => void), open = false): this {
    let body = content;
    if (typeof body === 'function') {
      const inner = new SummaryBuilder();
      body(inner);
      body = inner.toString();
    }
    const summary = `<details${open ? ' open' : ''}><summary>${escapeHtml(title)}</summary>`;
    return this.add(`${summary}\n\n${body.replace(/\n+$/, '')}\n\n</details>`);
  }

  /** Markdown or HTML as written. */
  raw(markdown: string): this {
    return this.add(markdown);
  }

  isEmpty(): boolean {
    return this.blocks.length === 0;
  }

  toString(): string {
    return this.blocks.length === 0 ? '' : `${this.blocks.join('\n\n')}\n`;
  }

  private add(block: string): this {
    this.blocks.push(block);
    return this;
  }
}
