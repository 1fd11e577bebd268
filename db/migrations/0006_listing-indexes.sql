DROP INDEX `articles_latest_idx`;--> statement-breakpoint
DROP INDEX `articles_category_idx`;--> statement-breakpoint
DROP INDEX `articles_author_idx`;--> statement-breakpoint
DROP INDEX `articles_most_read_idx`;--> statement-breakpoint
CREATE INDEX `articles_edition_idx` ON `articles` (`locale`,`published_at`,`id`,`status`);--> statement-breakpoint
CREATE INDEX `articles_category_date_idx` ON `articles` (`category_id`,`published_at`,`id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_author_date_idx` ON `articles` (`author_id`,`locale`,`published_at`,`id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_views_idx` ON `articles` (`locale`,`view_count`,`published_at`,`id`,`status`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_at`,`id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_updated_idx` ON `articles` (`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_status_updated_idx` ON `articles` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_author_updated_idx` ON `articles` (`author_id`,`updated_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_visibility_idx` ON `articles` (`id`,`locale`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `comments_status_id_idx` ON `comments` (`status`,`id`);