import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { latinMessages } from '@/i18n/latin-messages';
import { renderMarkdown } from '@/lib/markdown';
import kk from '@/messages/kk.json';
import { toKazakhLatin } from '@/lib/translit/kk-latin';
import { htmlToKazakhLatin } from '@/lib/translit/kk-latin-html';

describe('toKazakhLatin', () => {
  it.each([
    // The issue's own example, guillemets kept.
    ['«Бұрыңғы өткен заманда»', '«Būryñğy ötken zamanda»'],
    ['«Нұр Отан» аймақтық филиалдармен', '«Nūr Otan» aimaqtyq filialdarmen'],
    // Every Kazakh-specific letter, lower and upper case.
    ['әғқңөұүһі', 'äğqñöūühı'],
    ['ӘҒҚҢӨҰҮҺІ', 'ÄĞQÑÖŪÜHI'],
    ['Әлем Өскемен Ұлттық Үкімет Іле Ғылым Қала Һ', 'Älem Öskemen Ūlttyq Ükımet Ile Ğylym Qala H'],
    // The rest of the Cyrillic alphabet as Kazakh uses it.
    ['абвгдежзийклмнопрстуфхчшы', 'abvgdejziiklmnoprstufhçşy'],
    ['Шығыс Қазақстан облысы', 'Şyğys Qazaqstan oblysy'],
    ['Жиһаз, Хабар, Чехия', 'Jihaz, Habar, Çehia'],
    // и/й are dotted i, whose capital is İ; і is dotless ı, whose capital is plain I.
    ['Ирландия', 'İrlandia'],
    ['Йемен', 'İemen'],
    ['Білім', 'Bılım'],
    // ALL-CAPS words stay all caps, multi-letter results included.
    ['ҚАЗАҚСТАН', 'QAZAQSTAN'],
    ['БІЛІМ ЖӘНЕ ҒЫЛЫМ', 'BILIM JÄNE ĞYLYM'],
    ['ИНФОРМАЦИЯ', 'İNFORMATSİA'],
    ['ЦСКА мен ЮНЕСКО', 'TSSKA men İUNESKO'],
    ['ЩУЧИНСК', 'ŞŞUÇİNSK'],
    ['ТАШКЕНТ-ТІҢ', 'TAŞKENT-TIÑ'],
    // Russian loanwords: ц, щ, ё, ю, я, э and the dropped signs.
    ['Цой', 'Tsoi'],
    ['вакцина', 'vaktsina'],
    ['Щучинск', 'Şşuçinsk'],
    ['щётка', 'şşiotka'],
    ['Ёлка, ёж', 'İolka, ioj'],
    ['Юрий', 'İurii'],
    ['Ялта, Азия', 'İalta, Azia'],
    ['Я', 'İa'],
    // After и the glide is already written.
    ['Мария, ИЮЛЬ, Ия', 'Maria, İUL, İa'],
    ['Эконом, этика', 'Ekonom, etika'],
    ['объект', 'obekt'],
    ['Медведь', 'Medved'],
    ['ОБЪЕКТ, МЕДВЕДЬ', 'OBEKT, MEDVED'],
    // Digits, punctuation and Latin text are untouched.
    ['8 шілде 2017, 19:55', '8 şılde 2017, 19:55'],
    ['— 3,5 %! (№ 12) «…»?', '— 3,5 %! (№ 12) «…»?'],
    ['Qamshy, iPhone 15 және COVID-19', 'Qamshy, iPhone 15 jäne COVID-19'],
    ['https://inform.kz/kz/news', 'https://inform.kz/kz/news'],
    ['', ''],
    // A й typed as и plus a combining breve is still one letter.
    ['Қазақстан Республикасы Президенті Тоқаев\u0020и\u0306', 'Qazaqstan Respublikasy Prezidentı Toqaev i'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(toKazakhLatin(cyrillic)).toBe(latin);
  });

  it('is the identity on text that is already Latin', () => {
    const latin = 'Būryñğy ötken zamanda İurii TSSKA';
    expect(toKazakhLatin(latin)).toBe(latin);
  });
});

describe('htmlToKazakhLatin', () => {
  it('transliterates text nodes, alt and title, never tags, other attributes, URLs or entities', () => {
    const html =
      '<p>Сілтеме: <a href="https://kaz.kz/қала?а=1&amp;б=2" title="Қала туралы" rel="noopener noreferrer nofollow">Қала &amp; дала</a> &lt;жоқ&gt;</p>\n' +
      '<figure><img src="https://kaz.kz/сурет.jpg" alt="Сурет" width="10" height="10" loading="lazy" /><figcaption>Сурет: <em>Ақорда</em></figcaption></figure>';
    expect(htmlToKazakhLatin(html)).toBe(
      '<p>Sılteme: <a href="https://kaz.kz/қала?а=1&amp;б=2" title="Qala turaly" rel="noopener noreferrer nofollow">Qala &amp; dala</a> &lt;joq&gt;</p>\n' +
        '<figure><img src="https://kaz.kz/сурет.jpg" alt="Suret" width="10" height="10" loading="lazy" /><figcaption>Suret: <em>Aqorda</em></figcaption></figure>',
    );
  });

  it('leaves a body the editor saved exactly as it was, apart from the letters', () => {
    const saved = renderMarkdown('## Бұрыңғы өткен заманда\n\nАстана — **ҚАЗАҚСТАН** астанасы, [inform.kz](https://inform.kz) хабарлайды.\n\n- бір\n- екі');
    const latin = htmlToKazakhLatin(saved);
    expect(latin).toBe(
      '<h2>Būryñğy ötken zamanda</h2>\n<p>Astana — <strong>QAZAQSTAN</strong> astanasy, <a href="https://inform.kz" rel="noopener noreferrer nofollow">inform.kz</a> habarlaidy.</p>\n<ul>\n<li>bır</li>\n<li>ekı</li>\n</ul>',
    );
    expect(latin.replace(/>[^<]*</g, '><')).toBe(saved.replace(/>[^<]*</g, '><'));
  });

  it('keeps the body sanitized, and passes text without Cyrillic through unchanged', () => {
    expect(htmlToKazakhLatin('<p>Сәлем<script>alert(1)</script></p>')).toBe('<p>Sälem</p>');
    expect(htmlToKazakhLatin('<p>Hello &amp; bye</p>')).toBe('<p>Hello &amp; bye</p>');
  });
});

describe('latinMessages', () => {
  const latin = latinMessages(kk);

  it('has every Kazakh key, every string in Latin, and names languages in their own script', () => {
    const keys = (messages: object, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`)));
    expect(keys(latin)).toEqual(keys(kk));
    expect(latin.LocaleSwitch).toEqual({ arabic: 'توتە', cyrillic: 'Кирилл', label: 'Tıldı tañdau', latin: 'Latyn', switchTo: 'Русский' });
    const { LocaleSwitch: _ownScript, ...rest } = latin;
    expect(JSON.stringify(rest)).not.toMatch(/[\u0400-\u04FF]/);
    expect(latinMessages(kk)).toBe(latin); // made once per process
  });

  it('keeps ICU arguments and plurals working', () => {
    expect(latin.Comments.title).toBe('Pıkırler ({count})');
    // Formatted by next-intl's own translator, as the pages format them.
    const t = createTranslator({ locale: 'kk-latn', messages: latin });
    expect(t('AuthorPage.articleCount', { count: 3 })).toBe('3 maqala');
    expect(t('ArticlePage.minutesToRead', { minutes: 2 })).toBe('2 min oqu');
  });
});
