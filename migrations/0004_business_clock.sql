-- Business clock: a tenant is live or sandbox, keeps its operational calendar in a time zone and
-- deals up to a cut-off. The test clock (with its speed) replaces sandbox_day_seconds.
ALTER TABLE `tenants` ADD `environment` text DEFAULT 'live' NOT NULL;
--> statement-breakpoint
ALTER TABLE `tenants` ADD `time_zone` text DEFAULT 'Europe/London' NOT NULL;
--> statement-breakpoint
ALTER TABLE `tenants` ADD `dealing_cut_off` text DEFAULT '14:00' NOT NULL;
--> statement-breakpoint
ALTER TABLE `tenants` DROP COLUMN `sandbox_day_seconds`;
