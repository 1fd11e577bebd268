-- Custom SQL migration file, put your code below! --
-- Two small tables kept by triggers so listings never aggregate a big table per request
-- (issue 9). Like the search triggers of 0001, every writer keeps them right without
-- application code. A later migration that rebuilds articles, article_tags, tags or comments
-- (drizzle-kit's __new_ table copy) drops these triggers with the old table: re-create them
-- afterwards. tests/integration/listing-tables.test.ts fails if the sync is lost.
--
-- tag_timeline: per tag, its published or scheduled articles by publication time. The tag page,
-- its 404 check, related articles and the tags sitemap read a tag's newest articles as one index
-- range instead of looking up every tagged article and sorting them. Visibility by time (a
-- scheduled article coming due) is left to the query (published_at <= now), as in readable().
CREATE TABLE `tag_timeline` (
	`tag_id` integer NOT NULL,
	`published_at` integer NOT NULL,
	`article_id` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY (`tag_id`, `published_at`, `article_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `tag_timeline_article_idx` ON `tag_timeline` (`article_id`, `tag_id`);
--> statement-breakpoint
INSERT INTO `tag_timeline` (`tag_id`, `published_at`, `article_id`, `updated_at`)
SELECT at.`tag_id`, a.`published_at`, a.`id`, a.`updated_at`
FROM `article_tags` at JOIN `articles` a ON a.`id` = at.`article_id`
WHERE a.`status` IN ('published', 'scheduled') AND a.`published_at` IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `tag_timeline_link_ai` AFTER INSERT ON `article_tags` BEGIN
	INSERT OR REPLACE INTO `tag_timeline` (`tag_id`, `published_at`, `article_id`, `updated_at`)
	SELECT new.`tag_id`, a.`published_at`, a.`id`, a.`updated_at` FROM `articles` a
	WHERE a.`id` = new.`article_id` AND a.`status` IN ('published', 'scheduled') AND a.`published_at` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_timeline_link_ad` AFTER DELETE ON `article_tags` BEGIN
	DELETE FROM `tag_timeline` WHERE `article_id` = old.`article_id` AND `tag_id` = old.`tag_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_timeline_link_au` AFTER UPDATE ON `article_tags` BEGIN
	DELETE FROM `tag_timeline` WHERE `article_id` = old.`article_id` AND `tag_id` = old.`tag_id`;
	INSERT OR REPLACE INTO `tag_timeline` (`tag_id`, `published_at`, `article_id`, `updated_at`)
	SELECT new.`tag_id`, a.`published_at`, a.`id`, a.`updated_at` FROM `articles` a
	WHERE a.`id` = new.`article_id` AND a.`status` IN ('published', 'scheduled') AND a.`published_at` IS NOT NULL;
END;
--> statement-breakpoint
-- Only the columns the timeline holds: view counts must not rewrite it.
CREATE TRIGGER `tag_timeline_article_au` AFTER UPDATE OF `id`, `status`, `published_at`, `updated_at` ON `articles` BEGIN
	DELETE FROM `tag_timeline` WHERE `article_id` = old.`id`;
	INSERT OR REPLACE INTO `tag_timeline` (`tag_id`, `published_at`, `article_id`, `updated_at`)
	SELECT at.`tag_id`, new.`published_at`, new.`id`, new.`updated_at` FROM `article_tags` at
	WHERE at.`article_id` = new.`id` AND new.`status` IN ('published', 'scheduled') AND new.`published_at` IS NOT NULL;
END;
--> statement-breakpoint
-- The cascade to article_tags already cleared these; this covers a connection with foreign keys off.
CREATE TRIGGER `tag_timeline_article_ad` AFTER DELETE ON `articles` BEGIN
	DELETE FROM `tag_timeline` WHERE `article_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_timeline_tag_ad` AFTER DELETE ON `tags` BEGIN
	DELETE FROM `tag_timeline` WHERE `tag_id` = old.`id`;
END;
--> statement-breakpoint
-- comment_counts: comments per status, for the moderation tabs and the queue's page count.
-- Counting 850,000 approved comments takes tens of milliseconds even from an index.
CREATE TABLE `comment_counts` (
	`status` text PRIMARY KEY NOT NULL,
	`n` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `comment_counts` (`status`, `n`) SELECT `status`, count(*) FROM `comments` GROUP BY `status`;
--> statement-breakpoint
CREATE TRIGGER `comment_counts_ai` AFTER INSERT ON `comments` BEGIN
	INSERT INTO `comment_counts` (`status`, `n`) VALUES (new.`status`, 1) ON CONFLICT (`status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comment_counts_ad` AFTER DELETE ON `comments` BEGIN
	UPDATE `comment_counts` SET `n` = `n` - 1 WHERE `status` = old.`status`;
END;
--> statement-breakpoint
CREATE TRIGGER `comment_counts_au` AFTER UPDATE OF `status` ON `comments` WHEN old.`status` IS NOT new.`status` BEGIN
	UPDATE `comment_counts` SET `n` = `n` - 1 WHERE `status` = old.`status`;
	INSERT INTO `comment_counts` (`status`, `n`) VALUES (new.`status`, 1) ON CONFLICT (`status`) DO UPDATE SET `n` = `n` + 1;
END;
