-- Custom SQL migration file, put your code below! --
-- Reader search (issue 5). Three layers, all kept in sync by triggers so every writer (admin,
-- seed, scripts, a sqlite3 shell) updates the index without calling application code:
--   article_search_source  view: the searchable plain text of every article, computed in SQL
--   article_search_text    table: that text, stored; the FTS table's external content (snippets)
--   article_search         FTS5 index over article_search_text with ё folded to е
-- Visibility (status, date, edition) is not indexed: queries join articles and apply readable(),
-- so publishing or a schedule coming due needs no reindex.
-- A later migration that rebuilds articles, tags or article_tags (drizzle-kit's __new_ table copy)
-- must drop the view first and re-create the view and these triggers after: the final RENAME
-- fails on the view, and DROP TABLE takes the table's triggers with it. tests/integration/search
-- fails if the sync is lost.
--
-- Body text: body_html split on "<" with json_each (triggers may not use a recursive CTE);
-- each piece loses its tag up to the first ">". Ordered by a subquery, not group_concat(ORDER BY),
-- so a sqlite3 shell older than 3.44 can still read the schema. Block ends and <br> get a space so words of
-- adjacent blocks don't merge. U+FDD0/U+FDD1 are removed: search snippets use them as
-- highlight markers (lib/search/snippet.ts).
CREATE VIEW `article_search_source` AS
SELECT
	a.`id` AS article_id,
	replace(replace(a.`title`, char(64976), ''), char(64977), '') AS title,
	replace(replace(a.`lead`, char(64976), ''), char(64977), '') AS lead,
	replace(replace(replace(replace(replace(replace(replace(replace(replace(
		coalesce((
			SELECT group_concat(text, '') FROM (
				SELECT CASE WHEN piece.key = 0 THEN piece.value ELSE substr(piece.value, instr(piece.value, '>') + 1) END AS text
				FROM json_each('[' || replace(json_quote(
					replace(replace(replace(replace(replace(replace(replace(a.`body_html`,
						'<br', ' <br'), '</p>', ' </p>'), '</li>', ' </li>'), '</h', ' </h'), '</t', ' </t'), '</blockquote>', ' </blockquote>'), '</figcaption>', ' </figcaption>')
				), '<', '","') || ']') AS piece
				ORDER BY piece.key
			)
		), ''),
		'&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#x27;', ''''),
		char(64976), ''), char(64977), ''), '&amp;', '&') AS body,
	coalesce((
		SELECT group_concat(replace(replace(t.`name`, char(64976), ''), char(64977), ''), ' ')
		FROM `article_tags` at JOIN `tags` t ON t.`id` = at.`tag_id`
		WHERE at.`article_id` = a.`id`
	), '') AS tags
FROM `articles` a;
--> statement-breakpoint
CREATE TABLE `article_search_text` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`lead` text NOT NULL,
	`body` text NOT NULL,
	`tags` text NOT NULL
);
--> statement-breakpoint
-- unicode61 folds case for all Cyrillic, Kazakh letters included, but leaves ё and е apart
-- (remove_diacritics covers Latin only), so ё is folded here, in what gets indexed, while the
-- content table keeps the original spelling for snippets. ё→е keeps token positions, so
-- snippet() still highlights the right words. Never run the 'rebuild' command: it would reindex
-- the unfolded content. To reindex, delete and re-insert the article_search_text rows.
CREATE VIRTUAL TABLE `article_search` USING fts5(
	title, lead, body, tags,
	content = 'article_search_text',
	content_rowid = 'article_id',
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `article_search_text_ai` AFTER INSERT ON `article_search_text` BEGIN
	INSERT INTO `article_search` (rowid, title, lead, body, tags) VALUES (
		new.`article_id`,
		replace(replace(new.`title`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(new.`lead`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(new.`body`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(new.`tags`, 'ё', 'е'), 'Ё', 'Е')
	);
END;
--> statement-breakpoint
-- An external-content index forgets a row only when given exactly the values it indexed.
CREATE TRIGGER `article_search_text_ad` AFTER DELETE ON `article_search_text` BEGIN
	INSERT INTO `article_search` (`article_search`, rowid, title, lead, body, tags) VALUES (
		'delete',
		old.`article_id`,
		replace(replace(old.`title`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(old.`lead`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(old.`body`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(old.`tags`, 'ё', 'е'), 'Ё', 'Е')
	);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_text_au` AFTER UPDATE ON `article_search_text` BEGIN
	INSERT INTO `article_search` (`article_search`, rowid, title, lead, body, tags) VALUES (
		'delete',
		old.`article_id`,
		replace(replace(old.`title`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(old.`lead`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(old.`body`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(old.`tags`, 'ё', 'е'), 'Ё', 'Е')
	);
	INSERT INTO `article_search` (rowid, title, lead, body, tags) VALUES (
		new.`article_id`,
		replace(replace(new.`title`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(new.`lead`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(new.`body`, 'ё', 'е'), 'Ё', 'Е'),
		replace(replace(new.`tags`, 'ё', 'е'), 'Ё', 'Е')
	);
END;
--> statement-breakpoint
-- Existing articles (the seed, or a database older than this migration).
INSERT INTO `article_search_text` (`article_id`, `title`, `lead`, `body`, `tags`)
SELECT article_id, title, lead, body, tags FROM `article_search_source`;
--> statement-breakpoint
CREATE TRIGGER `articles_search_ai` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `article_search_text` (`article_id`, `title`, `lead`, `body`, `tags`)
	SELECT article_id, title, lead, body, tags FROM `article_search_source` WHERE article_id = new.`id`;
END;
--> statement-breakpoint
-- Only the indexed columns: view counts and other bookkeeping updates must not reindex.
CREATE TRIGGER `articles_search_au` AFTER UPDATE OF `id`, `title`, `lead`, `body_html` ON `articles` BEGIN
	DELETE FROM `article_search_text` WHERE `article_id` = old.`id`;
	INSERT INTO `article_search_text` (`article_id`, `title`, `lead`, `body`, `tags`)
	SELECT article_id, title, lead, body, tags FROM `article_search_source` WHERE article_id = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_ad` AFTER DELETE ON `articles` BEGIN
	DELETE FROM `article_search_text` WHERE `article_id` = old.`id`;
END;
--> statement-breakpoint
-- Tag names are part of an article's text: re-read the article whenever its tag list changes.
CREATE TRIGGER `article_tags_search_ai` AFTER INSERT ON `article_tags` BEGIN
	DELETE FROM `article_search_text` WHERE `article_id` = new.`article_id`;
	INSERT INTO `article_search_text` (`article_id`, `title`, `lead`, `body`, `tags`)
	SELECT article_id, title, lead, body, tags FROM `article_search_source` WHERE article_id = new.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_search_ad` AFTER DELETE ON `article_tags` BEGIN
	DELETE FROM `article_search_text` WHERE `article_id` = old.`article_id`;
	INSERT INTO `article_search_text` (`article_id`, `title`, `lead`, `body`, `tags`)
	SELECT article_id, title, lead, body, tags FROM `article_search_source` WHERE article_id = old.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_search_au` AFTER UPDATE ON `article_tags` BEGIN
	DELETE FROM `article_search_text` WHERE `article_id` IN (old.`article_id`, new.`article_id`);
	INSERT INTO `article_search_text` (`article_id`, `title`, `lead`, `body`, `tags`)
	SELECT article_id, title, lead, body, tags FROM `article_search_source` WHERE article_id IN (old.`article_id`, new.`article_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `tags_search_au` AFTER UPDATE OF `id`, `name` ON `tags` BEGIN
	DELETE FROM `article_search_text` WHERE `article_id` IN (SELECT `article_id` FROM `article_tags` WHERE `tag_id` IN (old.`id`, new.`id`));
	INSERT INTO `article_search_text` (`article_id`, `title`, `lead`, `body`, `tags`)
	SELECT article_id, title, lead, body, tags FROM `article_search_source`
	WHERE article_id IN (SELECT `article_id` FROM `article_tags` WHERE `tag_id` IN (old.`id`, new.`id`));
END;
--> statement-breakpoint
-- With foreign keys on, the cascade to article_tags already refreshed these articles; this
-- covers a connection that has them off and leaves the links behind.
CREATE TRIGGER `tags_search_ad` AFTER DELETE ON `tags` BEGIN
	DELETE FROM `article_search_text` WHERE `article_id` IN (SELECT `article_id` FROM `article_tags` WHERE `tag_id` = old.`id`);
	INSERT INTO `article_search_text` (`article_id`, `title`, `lead`, `body`, `tags`)
	SELECT article_id, title, lead, body, tags FROM `article_search_source`
	WHERE article_id IN (SELECT `article_id` FROM `article_tags` WHERE `tag_id` = old.`id`);
END;
