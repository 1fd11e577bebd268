import type { ArticleTeaser } from '@/db/queries/articles';
import type { Shown } from '@/lib/reading-view';
import { ArticleCard } from './article-card';

export function RelatedArticles({ articles, title }: { articles: Shown<ArticleTeaser>[]; title: string }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-12 border-t-2 border-brand pt-4">
      <h2 id="related" className="mb-4 text-xl font-extrabold uppercase tracking-wide text-brand-dark rtl:tracking-normal">
        {title}
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
    </section>
  );
}
