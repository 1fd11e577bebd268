DROP INDEX `articles_status_updated_idx`;--> statement-breakpoint
DROP INDEX `articles_author_updated_idx`;--> statement-breakpoint
CREATE INDEX `articles_locale_updated_idx` ON `articles` (`locale`,`updated_at`,`id`,`status`,`category_id`,`author_id`);--> statement-breakpoint
CREATE INDEX `articles_category_updated_idx` ON `articles` (`category_id`,`updated_at`,`id`,`status`,`locale`,`author_id`);--> statement-breakpoint
CREATE INDEX `articles_status_updated_idx` ON `articles` (`status`,`updated_at`,`id`,`locale`,`category_id`,`author_id`);--> statement-breakpoint
CREATE INDEX `articles_author_updated_idx` ON `articles` (`author_id`,`updated_at`,`id`,`status`,`locale`,`category_id`);