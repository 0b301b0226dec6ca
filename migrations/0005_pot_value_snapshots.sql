-- Daily pot-value snapshots get a table of their own: one row per tenant, operational date and
-- pot, keyed in the order `GET /tenant/pots/v1/values?date=` pages them (newest pot first), so a
-- day-close's snapshots land with a few multi-row inserts and no `resources` indexes or triggers.
CREATE TABLE `pot_value_snapshots` (
	`tenant_id` text NOT NULL,
	`date` text NOT NULL,
	`pot_created_at` text NOT NULL,
	`pot_id` text NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `date`, `pot_created_at`, `pot_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT OR IGNORE INTO `pot_value_snapshots` (`tenant_id`, `date`, `pot_created_at`, `pot_id`, `data`)
	SELECT `tenant_id`, substr(`id`, 1, 10), json_extract(`data`, '$.pot_created_at'), json_extract(`data`, '$.pot_id'), `data`
	FROM `resources` WHERE `kind` = 'pot_value_snapshot';
--> statement-breakpoint
DELETE FROM `resources` WHERE `kind` = 'pot_value_snapshot';
