CREATE TABLE `events` (
	`tenant_id` text NOT NULL,
	`seq` integer NOT NULL,
	`id` text NOT NULL,
	`type` text NOT NULL,
	`ch` text NOT NULL,
	`ts` integer NOT NULL,
	`payload` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `seq`)
);
--> statement-breakpoint
CREATE INDEX `ix_events_tenant_ts` ON `events` (`tenant_id`,`ts`);--> statement-breakpoint
CREATE TABLE `resources` (
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`version` integer NOT NULL,
	`owner_id` text,
	`data` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`source_seq` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `kind`, `id`)
);
--> statement-breakpoint
CREATE INDEX `ix_resources_tenant_kind_created` ON `resources` (`tenant_id`,`kind`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `ix_resources_tenant_kind_owner` ON `resources` (`tenant_id`,`kind`,`owner_id`);