import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown';

const REL = 'rel="noopener noreferrer nofollow"';

describe('renderMarkdown: normal formatting', () => {
  it.each([
    ['paragraphs', 'Бірінші абзац.\n\nЕкінші абзац.', '<p>Бірінші абзац.</p>\n<p>Екінші абзац.</p>'],
    ['bold and italic', '**қалың** және *көлбеу*', '<p><strong>қалың</strong> және <em>көлбеу</em></p>'],
    ['strikethrough (GFM)', '~~old~~', '<p><s>old</s></p>'],
    ['h2/h3/h4', '## A\n\n### B\n\n#### C', '<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>'],
    ['h1 demoted to h2', '# Title', '<h2>Title</h2>'],
    ['h5/h6 demoted to h4', '##### E\n\n###### F', '<h4>E</h4>\n<h4>F</h4>'],
    ['blockquote', '> Дәйексөз', '<blockquote>\n<p>Дәйексөз</p>\n</blockquote>'],
    ['unordered list', '- a\n- b', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>'],
    ['ordered list', '1. a\n2. b', '<ol>\n<li>a</li>\n<li>b</li>\n</ol>'],
    ['horizontal rule', 'a\n\n---\n\nb', '<p>a</p>\n<hr />\n<p>b</p>'],
    ['hard line break', 'line1  \nline2', '<p>line1<br />line2</p>'],
    ['inline code', 'use `a < b`', '<p>use <code>a &lt; b</code></p>'],
    ['code block', '```js\nif (a < b) {}\n```', '<pre><code>if (a &lt; b) {}\n</code></pre>'],
    ['relative link', '[жаңалық](/kk/news/1-slug)', '<p><a href="/kk/news/1-slug">жаңалық</a></p>'],
    ['mailto link', '[жазу](mailto:info@qamshy.kz)', '<p><a href="mailto:info@qamshy.kz">жазу</a></p>'],
    [
      'external link with title',
      '[KazInform](https://www.inform.kz "Дереккөз")',
      `<p><a href="https://www.inform.kz" title="Дереккөз" ${REL}>KazInform</a></p>`,
    ],
    ['http link', '<http://example.com>', `<p><a href="http://example.com" ${REL}>http://example.com</a></p>`],
    ['image', '![Сурет](https://cdn.qamshy.kz/a.jpg)', '<p><img src="https://cdn.qamshy.kz/a.jpg" alt="Сурет" loading="lazy" /></p>'],
    ['relative image', '![x](/uploads/a.jpg)', '<p><img src="/uploads/a.jpg" alt="x" loading="lazy" /></p>'],
    ['empty input', '', ''],
  ])('%s', (_label, markdown, expected) => {
    expect(renderMarkdown(markdown)).toBe(expected);
  });

  it('renders GFM tables', () => {
    const html = renderMarkdown('| Аймақ | Саны |\n|---|---|\n| Алматы | 16 |');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Аймақ</th>');
    expect(html).toContain('<td>16</td>');
    expect(html).not.toMatch(/align|style/);
  });

  it('keeps allowed raw HTML such as figures with captions', () => {
    const html = renderMarkdown('<figure><img src="/uploads/a.jpg" alt="a" width="640" height="480"><figcaption>Сурет</figcaption></figure>');
    expect(html).toBe('<figure><img src="/uploads/a.jpg" alt="a" width="640" height="480" loading="lazy" /><figcaption>Сурет</figcaption></figure>');
  });

  it('escapes text that looks like markup', () => {
    expect(renderMarkdown('5 < 6 & 7 > 3')).toBe('<p>5 &lt; 6 &amp; 7 &gt; 3</p>');
  });
});

describe('renderMarkdown: XSS and untrusted HTML', () => {
  it.each([
    ['script tag', '<script>alert(1)</script>\n\nok', ['<script', 'alert(1)']],
    ['inline script', 'text <script>alert(1)</script> more', ['<script', 'alert']],
    ['onerror on img', '<img src="x.jpg" onerror="alert(1)">', ['onerror', 'alert']],
    ['onclick on paragraph', '<p onclick="alert(1)">hi</p>', ['onclick', 'alert']],
    ['svg onload', '<svg onload="alert(1)"><circle /></svg>', ['<svg', 'onload', 'alert']],
    ['markdown javascript: link', '[click](javascript:alert(1))', ['javascript', 'href']],
    ['uppercase javascript: link', '[click](JAVASCRIPT:alert(1))', ['javascript', 'href']],
    ['raw javascript: link', '<a href="javascript:alert(1)">x</a>', ['javascript', 'href']],
    ['entity-obfuscated javascript:', '<a href="jav&#x09;ascript:alert(1)">x</a>', ['ascript', 'href']],
    ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', ['vbscript', 'href']],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', ['data:', 'href', '<script']],
    ['data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', ['data:', '<img']],
    ['javascript: image', '![x](javascript:alert(1))', ['javascript', '<img']],
    ['iframe', '<iframe src="https://evil.example"></iframe>', ['<iframe', 'evil']],
    ['object/embed', '<object data="x.swf"></object><embed src="x.swf">', ['<object', '<embed', 'swf']],
    ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>', ['style', 'javascript']],
    ['style tag', '<style>body{display:none}</style>text', ['<style', 'display']],
    ['form/input', '<form action="/x"><input name="a"><button>go</button></form>', ['<form', '<input', '<button']],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil">', ['<meta', 'refresh']],
    ['class and id', '<p class="x" id="y">t</p>', ['class=', 'id=']],
    ['target on link', '<a href="https://x.kz" target="_blank">t</a>', ['target']],
  ])('%s', (_label, markdown, forbidden) => {
    const html = renderMarkdown(markdown).toLowerCase();
    for (const fragment of forbidden) expect(html).not.toContain(fragment.toLowerCase());
  });

  it('keeps the readable text of a neutralised link', () => {
    expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p><a>click</a></p>');
  });

  it('replaces an author-supplied rel on external links', () => {
    expect(renderMarkdown('<a href="https://x.kz" rel="opener">t</a>')).toBe(`<p><a href="https://x.kz" ${REL}>t</a></p>`);
  });

  it('drops an author-supplied rel on relative links', () => {
    expect(renderMarkdown('<a href="/kk" rel="opener">t</a>')).toBe('<p><a href="/kk">t</a></p>');
  });

  it('treats protocol-relative links as external', () => {
    expect(renderMarkdown('[x](//evil.example)')).toBe(`<p><a href="//evil.example" ${REL}>x</a></p>`);
  });

  it.each([
    ['bogus', 'lazy'],
    ['lazy', 'lazy'],
    ['eager', 'eager'],
  ])('normalises image loading="%s" to "%s"', (value, expected) => {
    expect(renderMarkdown(`<img src="/a.jpg" loading="${value}">`)).toBe(`<img src="/a.jpg" loading="${expected}" />`);
  });
});
