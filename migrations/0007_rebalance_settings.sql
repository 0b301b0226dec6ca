-- Rebalancing: a pot is eligible when its deviation from its template exceeds the threshold
-- (percentage points); trades worth less than the minimum trade value are skipped.
ALTER TABLE `tenants` ADD `rebalance_threshold` text DEFAULT '5.00' NOT NULL;
--> statement-breakpoint
ALTER TABLE `tenants` ADD `rebalance_minimum_trade_value` text DEFAULT '1.00' NOT NULL;
