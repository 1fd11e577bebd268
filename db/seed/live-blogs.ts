import { renderMarkdown } from '@/lib/markdown';
import { slugify } from '@/lib/slug';
import type { Tx } from '../tx';
import { articles, liveEntries } from '../schema';
import type { DemoLocale } from './demo-content';
import { writeThumbnailSet } from './thumbnails';

// One live blog per edition (the same event, a translated pair), with a dozen entries: some key
// events, one edited, one with a picture. Fixed times, like the rest of the demo content.
type DemoEntry = { at: string; headline: string; body: string; key?: boolean; editedAt?: string; image?: string };
type DemoLiveBlog = { locale: DemoLocale; categorySlug: string; title: string; lead: string; body: string; publishedAt: string; entries: DemoEntry[] };

const DAY = '2026-11-24T';
const at = (time: string) => `${DAY}${time}:00+05:00`;

const demoLiveBlogs: DemoLiveBlog[] = [
  {
    locale: 'kk',
    categorySlug: 'qogam',
    title: 'Астанадағы боран: тікелей трансляция',
    lead: 'Елордада түні бойы соққан боран таңертең күшейді. Қала әкімдігі, ТЖМ және жол қызметтерінің хабарламаларын осы бетте жинап отырамыз.',
    body: 'Синоптиктер 24 қарашаға дауылды ескерту жариялады: жел екпіні секундына 25 метрге дейін жетеді, көрінетін қашықтық 200 метрден аспайды. Жолға шықпас бұрын ресми хабарламаларды тексеріңіз.',
    publishedAt: at('09:00'),
    entries: [
      {
        at: at('09:05'),
        key: true,
        headline: 'Қала сыртындағы жолдар жабылды',
        body: 'Астана – Қарағанды және Астана – Павлодар тас жолдарында көлік қозғалысы уақытша шектелді. Жол полициясы жүргізушілерден сапарды кейінге қалдыруды сұрайды.',
      },
      {
        at: at('09:20'),
        headline: '',
        body: 'Қалалық автобустар кестемен жүріп тұр, бірақ аялдамаларда күту уақыты 15–20 минутқа дейін созылуы мүмкін. Әкімдік қоғамдық көліктің қозғалысын мобильді қосымшадан бақылауға шақырады.',
      },
      {
        at: at('09:45'),
        key: true,
        headline: 'Мектептер қашықтан оқуға көшті',
        body: 'Білім басқармасының шешімімен бүгін 1–11-сынып оқушылары қашықтан оқиды. Балабақшалар жұмыс істеп тұр, бірақ ата-аналарға мүмкіндігінше балаларды үйде қалдыру ұсынылды.',
      },
      {
        at: at('10:10'),
        headline: '',
        body: 'Ауа райы бюросының мәліметінше, боран кемінде кешке дейін жалғасады. Түнде аяз **−18 градусқа** дейін күшейеді.',
      },
      {
        at: at('10:40'),
        headline: 'Әуежайда рейстер кешігіп жатыр',
        body: 'Астана әуежайында бес рейс кешіктірілді, екеуі Қарағандыға бағытталды. Жолаушыларға әуекомпаниялардың хабарламаларын қадағалау ұсынылады.',
      },
      {
        at: at('11:15'),
        headline: '',
        body: 'Қар тазалауға 600-ден астам арнайы техника мен 2 мыңға жуық жұмысшы шықты. Ең алдымен ауруханалар мен жедел жәрдем бекеттеріне апаратын жолдар тазартылып жатыр.',
        image: 'Қар тазалайтын техника қала көшесінде',
      },
      {
        at: at('11:50'),
        key: true,
        editedAt: at('12:05'),
        headline: 'Жолда қалғандарға көмек көрсетілді',
        body: 'Құтқарушылар Астана – Қарағанды тас жолында қар құрсауында қалған 40 адамды, оның ішінде 9 баланы жылыту пунктіне жеткізді. Зардап шеккендер жоқ.',
      },
      {
        at: at('12:30'),
        headline: 'Жылыту пункттері ашылды',
        body: 'Тас жолдың бойында төрт жылыту пункті жұмыс істейді: онда ыстық тамақ, шай және медициналық көмек бар. Анықтама алу үшін **112** нөміріне хабарласыңыз.',
      },
      {
        at: at('13:10'),
        headline: '',
        body: 'Қала әкімдігі тұрғындарды қажетсіз жағдайда үйден шықпауға және көліктерін көше бойына қалдырмауға шақырды: бұл арнайы техниканың жұмысын қиындатады.',
      },
      {
        at: at('14:00'),
        headline: 'Электр желісіндегі ақау жөнделді',
        body: 'Қаланың солтүстік-шығысындағы үш көшеде таңертең үзілген электр қуаты қайта қосылды. Энергетиктердің айтуынша, желіге түскен жүктеме қалыпты.',
      },
      {
        at: at('14:45'),
        key: true,
        headline: 'Қарағанды бағытындағы жол ашылды',
        body: 'Астана – Қарағанды тас жолы жеңіл көліктер үшін қайта ашылды. Жүк көліктері мен автобустарға қойылған шектеу әзірге сақталады.',
      },
      {
        at: at('15:30'),
        headline: '',
        body: 'Синоптиктер ертең жел бәсеңдейді деп болжап отыр. Сабақ кестесі туралы шешімді білім басқармасы кешкі сағат 20:00-ге дейін хабарлайды.',
      },
    ],
  },
  {
    locale: 'ru',
    categorySlug: 'obshchestvo',
    title: 'Буран в Астане: онлайн-трансляция',
    lead: 'Буран, бушевавший в столице всю ночь, к утру усилился. Собираем на этой странице сообщения акимата, МЧС и дорожных служб.',
    body: 'Синоптики объявили штормовое предупреждение на 24 ноября: порывы ветра до 25 метров в секунду, видимость не больше 200 метров. Перед поездкой проверьте официальные сообщения.',
    publishedAt: at('09:00'),
    entries: [
      {
        at: at('09:05'),
        key: true,
        headline: 'Трассы вокруг города закрыты',
        body: 'Движение на трассах Астана – Караганда и Астана – Павлодар временно ограничено. Дорожная полиция просит водителей отложить поездки.',
      },
      {
        at: at('09:20'),
        headline: '',
        body: 'Городские автобусы ходят по расписанию, но ожидание на остановках может затянуться до 15–20 минут. Акимат советует следить за движением транспорта в мобильном приложении.',
      },
      {
        at: at('09:45'),
        key: true,
        headline: 'Школы перешли на дистанционное обучение',
        body: 'По решению управления образования ученики 1–11 классов сегодня учатся дистанционно. Детские сады работают, но родителям рекомендуют по возможности оставить детей дома.',
      },
      { at: at('10:10'), headline: '', body: 'По данным бюро погоды, буран продлится как минимум до вечера. Ночью мороз усилится до **−18 градусов**.' },
      {
        at: at('10:40'),
        headline: 'В аэропорту задерживаются рейсы',
        body: 'В аэропорту Астаны задержаны пять рейсов, два направлены в Караганду. Пассажирам советуют следить за сообщениями авиакомпаний.',
      },
      {
        at: at('11:15'),
        headline: '',
        body: 'На уборку снега вышли более 600 единиц спецтехники и почти 2 тысячи рабочих. В первую очередь расчищают подъезды к больницам и подстанциям скорой помощи.',
        image: 'Снегоуборочная техника на улице города',
      },
      {
        at: at('11:50'),
        key: true,
        editedAt: at('12:05'),
        headline: 'Застрявшим на трассе оказали помощь',
        body: 'Спасатели доставили в пункт обогрева 40 человек, в том числе 9 детей, застрявших в снежном заносе на трассе Астана – Караганда. Пострадавших нет.',
      },
      {
        at: at('12:30'),
        headline: 'Открыты пункты обогрева',
        body: 'Вдоль трассы работают четыре пункта обогрева: там есть горячая еда, чай и медицинская помощь. Справки — по номеру **112**.',
      },
      {
        at: at('13:10'),
        headline: '',
        body: 'Акимат призвал жителей без необходимости не выходить из дома и не оставлять машины вдоль улиц: это мешает работе спецтехники.',
      },
      {
        at: at('14:00'),
        headline: 'Повреждение электросети устранено',
        body: 'На трёх улицах северо-восточной части города восстановлено электроснабжение, прерванное утром. По словам энергетиков, нагрузка на сеть в норме.',
      },
      {
        at: at('14:45'),
        key: true,
        headline: 'Трасса на Караганду открыта',
        body: 'Движение по трассе Астана – Караганда возобновлено для легковых автомобилей. Ограничения для грузовиков и автобусов пока сохраняются.',
      },
      {
        at: at('15:30'),
        headline: '',
        body: 'Синоптики ожидают, что завтра ветер ослабеет. Решение о занятиях в школах управление образования объявит до 20:00.',
      },
    ],
  },
];

type Picture = { stem: string; width: number; height: number };

/** Each live blog's picture, written before the seed's (synchronous) transaction. */
export async function writeLiveBlogThumbnails(uploadsDir: string): Promise<Picture[]> {
  const pictures: Picture[] = [];
  for (const [index, blog] of demoLiveBlogs.entries()) {
    // Legacy upload names: the Almaty wall-clock time of publication, yyyyMMddHHmmssSSS.
    const stem = new Date(new Date(blog.publishedAt).getTime() + 5 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14) + String(900 + index);
    pictures.push({ stem, ...(await writeThumbnailSet(uploadsDir, stem, 90 + index)) });
  }
  return pictures;
}

type Context = {
  authorId: number;
  /** The live blogs' own pictures (writeLiveBlogThumbnails), in demoLiveBlogs order. */
  thumbnails: Picture[];
  categoryId: (locale: DemoLocale, slug: string) => number;
  /** A demo picture for the entry that has one. */
  image: Picture;
};

/** Inserts the demo live blogs inside the seed's transaction; returns how many articles it added. */
export function insertDemoLiveBlogs(tx: Tx, context: Context): number {
  const ids: number[] = [];
  for (const [index, blog] of demoLiveBlogs.entries()) {
    const thumbnail = context.thumbnails[index];
    const publishedAt = new Date(blog.publishedAt);
    const lastChange = new Date(Math.max(...blog.entries.map((entry) => new Date(entry.editedAt ?? entry.at).getTime())));
    const article = tx
      .insert(articles)
      .values({
        locale: blog.locale,
        slug: slugify(blog.title),
        title: blog.title,
        lead: blog.lead,
        bodyMarkdown: blog.body,
        bodyHtml: renderMarkdown(blog.body),
        thumbnail: thumbnail.stem,
        thumbnailAlt: blog.title,
        thumbnailWidth: thumbnail.width,
        thumbnailHeight: thumbnail.height,
        status: 'published',
        publishedAt,
        // Feeds and sitemaps date a live blog by its latest entry.
        updatedAt: lastChange,
        createdAt: publishedAt,
        authorId: context.authorId,
        categoryId: context.categoryId(blog.locale, blog.categorySlug),
        format: 'live',
        translationId: ids[0] ?? null,
      })
      .returning({ id: articles.id })
      .get();
    ids.push(article.id);
    for (const entry of blog.entries) {
      tx.insert(liveEntries)
        .values({
          articleId: article.id,
          authorId: context.authorId,
          headline: entry.headline,
          bodyMarkdown: entry.body,
          bodyHtml: renderMarkdown(entry.body),
          keyEvent: entry.key ?? false,
          image: entry.image ? context.image.stem : null,
          imageAlt: entry.image ?? '',
          imageWidth: entry.image ? context.image.width : null,
          imageHeight: entry.image ? context.image.height : null,
          createdAt: new Date(entry.at),
          editedAt: entry.editedAt ? new Date(entry.editedAt) : null,
        })
        .run();
    }
  }
  return ids.length;
}
