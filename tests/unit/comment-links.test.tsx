import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommentText } from '@/components/article/comment-text';
import { countLinks, splitLinks } from '@/lib/comments/links';

describe('links in comment text', () => {
  it.each([
    ['Жақсы мақала, рақмет!', 0],
    ['Толығырақ: https://qamshy.kz/article/1', 1],
    ['www.example.kz және http://a.kz, (https://b.kz/x?y=1).', 3],
    // Not web links: bare domains, mail, other schemes, script URLs.
    ['zakon.kz хабарлайды; жазыңыз: x@y.kz, mailto:x@y.kz, ftp://f.kz, //g.kz, javascript:alert(1)', 0],
  ])('%s has %i link(s)', (text, n) => {
    expect(countLinks(text)).toBe(n);
  });

  it('cuts the text into runs that join back to it, links with a web URL', () => {
    const text = 'Қараңыз: www.example.kz. Және (https://пример.қаз/жол)!';
    const parts = splitLinks(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.href)).toEqual([
      { text: 'www.example.kz', href: 'http://www.example.kz/' },
      { text: 'https://пример.қаз/жол', href: 'https://xn--e1afmkfd.xn--80ao21a/%D0%B6%D0%BE%D0%BB' },
    ]);
  });
});

describe('CommentText', () => {
  it('renders links with rel="nofollow ugc noopener" and everything else as escaped text', () => {
    const html = renderToStaticMarkup(<CommentText text={'<b>Сілтеме</b>: https://a.kz/?q=<script>x</script> "және" www.b.kz'} />);
    expect(html).toBe(
      '&lt;b&gt;Сілтеме&lt;/b&gt;: <a href="https://a.kz/?q=" rel="nofollow ugc noopener" class="text-brand underline hover:no-underline">https://a.kz/?q=</a>&lt;script&gt;x&lt;/script&gt; &quot;және&quot; <a href="http://www.b.kz/" rel="nofollow ugc noopener" class="text-brand underline hover:no-underline">www.b.kz</a>',
    );
  });

  it('turns a link that smuggles markup in its address into a safe, encoded href', () => {
    const html = renderToStaticMarkup(<CommentText text={'https://a.kz/"onmouseover="alert(1)'} />);
    expect(html).not.toMatch(/ onmouseover=/);
    expect(html).toContain('rel="nofollow ugc noopener"');
  });
});
