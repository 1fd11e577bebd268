import { describe, expect, it } from 'vitest';
import { el, escapeXml, renderXmlDocument } from '@/lib/xml';
import { parseXml } from '../helpers/xml';

const HOSTILE = [
  'Tom & Jerry <b>bold</b> "quoted" \'single\'',
  ']]><script>alert(1)</script><![CDATA[',
  '&amp; already escaped &lt;',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>&e;',
  '«Нұр Отан» — қазақша мәтін, 😀 emoji',
];

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('drops characters XML 1.0 cannot carry, keeps tab/newline and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uFFFF')).toBe('abcde');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(escapeXml('tab\there\nline\r😀')).toBe('tab\there\nline\r😀');
  });
});

describe('el / renderXmlDocument', () => {
  it.each(HOSTILE)('round-trips a hostile text and attribute: %s', (text) => {
    const xml = renderXmlDocument(el('root', { title: text }, el('child', {}, text)));
    const parsed = parseXml(xml);
    expect(parsed.root.child).toBe(text);
    expect(parsed.root['@title']).toBe(text);
    expect(xml).not.toContain('<script>');
  });

  it('survives control characters in text', () => {
    expect(parseXml(renderXmlDocument(el('t', {}, 'bad\u0001char'))).t).toBe('badchar');
  });

  it('writes the declaration, self-closes empty elements and skips undefined attributes and empty children', () => {
    const xml = renderXmlDocument(el('a', { x: 1, y: undefined }, el('b', { 'xmlns:c': 'urn:c' }), null, false, undefined, 'text', 2));
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1"><b xmlns:c="urn:c"/>text2</a>\n');
  });

  it('refuses names that would break the markup', () => {
    expect(() => el('a b')).toThrow(/element name/);
    expect(() => el('a><script')).toThrow(/element name/);
    expect(() => el('a', { 'x="1" onload': 'y' })).toThrow(/attribute name/);
  });
});
