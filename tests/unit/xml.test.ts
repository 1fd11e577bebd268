import { describe, expect, it } from 'vitest';
import { escapeXml, renderXmlDocument } from '@/lib/xml';
import { parseXml } from '../helpers/xml';

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');

const HOSTILE = [
  'Tom & Jerry <b>bold</b> "quoted" \'single\'',
  ']]><script>alert(1)</script><![CDATA[',
  '</title><script>alert(1)</script><title>',
  '&amp; already escaped &lt;',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>&e;',
  '<!-- comment --> --> <!--',
  '«Нұр Отан» — қазақша мәтін, 😀 emoji, 👩🏽‍💻 sequence',
  'true',
];

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('drops characters XML 1.0 cannot carry, keeps tab/newline and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uFFFF')).toBe('abcde');
    expect(escapeXml(`[${C0}]`)).toBe('[\t\n\r]');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(escapeXml('swapped \uDC00\uD800 pair')).toBe('swapped  pair');
    expect(escapeXml('tab\there\nline\r😀')).toBe('tab\there\nline\r😀');
  });
});

describe('renderXmlDocument', () => {
  it.each(HOSTILE)('round-trips a hostile text and attribute: %s', (text) => {
    const xml = renderXmlDocument({ root: { '@title': text, child: text, item: [text, { '@t': text, '#text': text }] } });
    const parsed = parseXml(xml);
    expect(parsed.root.child).toBe(text);
    expect(parsed.root['@title']).toBe(text);
    expect(parsed.root.item).toEqual([text, { '@t': text, '#text': text }]);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<!');
    expect(xml).not.toContain(']]>');
  });

  it('drops control characters and lone surrogates from text and attributes, keeps emoji', () => {
    const dirty = `bad${C0}char \uD800lone\uDFFF 😀`;
    const xml = renderXmlDocument({ t: { '@a': dirty, '#text': dirty } });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(xml).toContain('<t a="bad\t\n\rchar lone 😀">bad\t\n\rchar lone 😀</t>');
    expect(parseXml(xml).t['#text']).toMatch(/^bad\t\n\n?char lone 😀$/);
  });

  it('writes the declaration, self-closes empty elements, keeps "true" as a value and skips undefined', () => {
    const xml = renderXmlDocument({
      a: { '@x': 1, '@y': undefined, '@ok': 'true', b: { '@xmlns:c': 'urn:c' }, skipped: undefined, e: '', n: 2, '#text': 'text' },
    });
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1" ok="true"><b xmlns:c="urn:c"/><e/><n>2</n>text</a>\n');
  });

  it('writes repeated elements in order', () => {
    expect(renderXmlDocument({ list: { li: ['1', '2'], end: 'x' } })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<list><li>1</li><li>2</li><end>x</end></list>\n',
    );
  });

  it('refuses names that would break the markup', () => {
    expect(() => renderXmlDocument({ 'a b': 'x' })).toThrow(/XML name/);
    expect(() => renderXmlDocument({ root: { 'a><script': 'x' } })).toThrow(/XML name/);
    expect(() => renderXmlDocument({ root: { '@x="1" onload': 'y' } })).toThrow(/XML name/);
  });

  it('refuses anything but one root element', () => {
    expect(() => renderXmlDocument({ a: 'x', b: 'y' })).toThrow(/one root element/);
    expect(() => renderXmlDocument({ a: ['x', 'y'] })).toThrow(/one root element/);
    expect(() => renderXmlDocument({ '#text': 'x' })).toThrow(/one root element/);
    expect(() => renderXmlDocument({})).toThrow(/one root element/);
  });
});
