CREATE TABLE `api_keys` (
	`tenant_id` text NOT NULL,
	`key_id` text NOT NULL,
	`key_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text,
	PRIMARY KEY(`tenant_id`, `key_id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`tenant_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uq_api_keys_tenant_hash` ON `api_keys` (`tenant_id`,`key_hash`);--> statement-breakpoint
CREATE INDEX `ix_api_keys_tenant_active` ON `api_keys` (`tenant_id`) WHERE revoked_at IS NULL;--> statement-breakpoint
CREATE TABLE `projection_cursors` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`last_seq` integer NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tenants` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`rate_limit_per_second` integer DEFAULT 500 NOT NULL,
	`rate_limit_burst` integer DEFAULT 1000 NOT NULL,
	`daily_quota` integer,
	`idempotency_retention_hours` integer DEFAULT 72 NOT NULL,
	`event_retention_days` integer DEFAULT 30 NOT NULL,
	`tax_id_uniqueness` integer DEFAULT false NOT NULL,
	`base_currency` text DEFAULT 'GBP' NOT NULL,
	`kyc_provider` text DEFAULT 'none' NOT NULL
);
