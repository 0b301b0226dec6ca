-- Daily interest of cash deposits (GET /tenant/interests/v1/daily-breakdown): one row per tenant,
-- deposit reference and interest calculation date, keyed in the order the endpoint pages them.
CREATE TABLE `interest_daily_breakdown` (
	`tenant_id` text NOT NULL,
	`deposit_reference` text NOT NULL,
	`date` text NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `deposit_reference`, `date`)
) WITHOUT ROWID;
