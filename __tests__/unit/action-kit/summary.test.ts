import { describe, expect, it } from '@jest/globals';
import { SummaryBuilder, escapeHtml, escapeMarkdown, statusEmoji } from '@aml-actions/action-kit';

describe('escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['a|b', 'a\\|b'],
    ['<script>&', '&lt;script&gt;&amp;'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['[link](http://x)', '\\[link\\]\\(http://x\\)'],
    ['two\nlines', 'two<br>lines'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapeMarkdown(%j)', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('escapeHtml', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('SummaryBuilder', () => {
  it.each<[string, (b: SummaryBuilder) => unknown, string]>([
    ['empty', () => undefined, ''],
    ['heading', (b) => b.heading('Deploy <blue>', 3), '### Deploy &lt;blue&gt;\n'],
    ['paragraph keeps markdown', (b) => b.paragraph('See **logs**'), 'See **logs**\n'],
    ['status', (b) => b.status('warning', 'slow_ok'), '⚠️ slow\\_ok\n'],
    ['list', (b) => b.list(['a|b', 3]), '- a\\|b\n- 3\n'],
    ['empty list adds nothing', (b) => b.list([]), ''],
    [
      'table with header, escaped and padded cells',
      (b) =>
        b.table(
          ['Name', 'Value', 'Note'],
          [
            ['a|b', 1, true],
            ['x', { markdown: '[link](https://e.x)' }],
            [null, undefined, 'two\nlines'],
          ],
        ),
      '| Name | Value | Note |\n| --- | --- | --- |\n| a\\|b | 1 | true |\n| x | [link](https://e.x) |  |\n|  |  | two<br>lines |\n',
    ],
    [
      'key/value table skips undefined values',
      (b) => b.keyValue({ endpoint: 'ep_1', traffic: undefined, instances: 2 }),
      '| Name | Value |\n| --- | --- |\n| **endpoint** | ep\\_1 |\n| **instances** | 2 |\n',
    ],
    [
      'key/value from pairs with a custom header',
      (b) => b.keyValue([['a', 'b']], ['Setting', 'Value']),
      '| Setting | Value |\n| --- | --- |\n| **a** | b |\n',
    ],
    ['code block', (b) => b.code('x = 1\n', 'python'), '```python\nx = 1\n```\n'],
    ['code with backticks gets a longer fence', (b) => b.code('a ```` b'), '`````\na ```` b\n`````\n'],
    [
      'details with markdown',
      (b) => b.details('Logs <tail>', 'text'),
      '<details><summary>Logs &lt;tail&gt;</summary>\n\ntext\n\n</details>\n',
    ],
    [
      'open details filled by a nested builder',
      (b) =>
        b.details(
          'Request',
          (inner) => {
            inner.code('{}', 'json');
          },
          true,
        ),
      '<details open><summary>Request</summary>\n\n```json\n{}\n```\n\n</details>\n',
    ],
    ['blocks are separated by blank lines', (b) => b.heading('A').raw('<hr>'), '## A\n\n<hr>\n'],
  ])('%s', (_label, build, expected) => {
    const builder = new SummaryBuilder();
    build(builder);
    expect(builder.toString()).toBe(expected);
    expect(builder.isEmpty()).toBe(expected === '');
  });

  it.each([
    ['success', '✅'],
    ['failure', '❌'],
    ['running', '⏳'],
  ] as const)('statusEmoji(%s)', (status, emoji) => {
    expect(statusEmoji(status)).toBe(emoji);
  });
});
