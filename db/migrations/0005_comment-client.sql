CREATE TABLE `app_secrets` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `comments` ADD `client_key` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `form_nonce` text;--> statement-breakpoint
CREATE INDEX `comments_client_idx` ON `comments` (`client_key`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `comments_form_nonce_unique` ON `comments` (`form_nonce`);