CREATE TABLE `article_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`author_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `article_notes_article_idx` ON `article_notes` (`article_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `breaking_banners` (
	`locale` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`url` text,
	`expires_at` integer,
	`updated_by` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `front_slots` (
	`locale` text NOT NULL,
	`position` integer NOT NULL,
	`article_id` integer NOT NULL,
	`updated_by` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`locale`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `front_slots_article_unique` ON `front_slots` (`locale`,`article_id`);--> statement-breakpoint
CREATE TABLE `live_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`author_id` integer,
	`headline` text DEFAULT '' NOT NULL,
	`body_markdown` text NOT NULL,
	`body_html` text NOT NULL,
	`image` text,
	`image_alt` text DEFAULT '' NOT NULL,
	`image_width` integer,
	`image_height` integer,
	`key_event` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`edited_at` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `live_entries_article_idx` ON `live_entries` (`article_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `live_entries_key_idx` ON `live_entries` (`article_id`,`key_event`,`created_at`);--> statement-breakpoint
ALTER TABLE `articles` ADD `format` text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `live_ended_at` integer;