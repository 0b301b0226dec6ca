-- Read-model indexes: every list filter is served by an index, deep pages skip index entries only.
--
-- `resource_terms` holds one row per (resource, filterable field, value): a scalar field gives one
-- row, a JSON array (e.g. a joint pot's `investor_id`) one row per element. Triggers on
-- `resources` keep it in step with every projection write, so the projected rows stay exactly
-- what the tenant objects write. `read_model_fields` lists which fields of which kind are terms.
CREATE TABLE `read_model_fields` (
	`kind` text NOT NULL,
	`field` text NOT NULL,
	PRIMARY KEY(`kind`, `field`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `read_model_fields` (`kind`, `field`) VALUES
	('transaction', 'transaction_id'),
	('transaction', 'parent_transaction_id'),
	('transaction', 'aggregated_transaction_id'),
	('transaction', 'external_transaction_reference'),
	('transaction', 'investor_id'),
	('transaction', 'account_id'),
	('transaction', 'sub_transaction_type'),
	('transaction', 'sub_type'),
	('payment', 'payment_type'),
	('payment', 'service_provider'),
	('payment', 'purpose'),
	('payment', 'sub_transaction_type'),
	('payment', 'investor_id'),
	('payment', 'status'),
	('payment', 'source_id'),
	('payment', 'contribution_id'),
	('payment', 'batch_id'),
	('payment', 'external_transaction_reference'),
	('payment', 'payment_reference'),
	('pot', 'investor_id'),
	('pot', 'financial_product_id'),
	('investor_account', 'investor_id'),
	('investor_account', 'financial_product_id'),
	('investor_account', 'account_type'),
	('investor_account', 'account_sub_type'),
	('investor_account', 'status'),
	('investor_account', 'isa_account_type'),
	('investor', 'workplace_employers'),
	('investment_product', 'status'),
	('webhook_delivery', 'status'),
	('cash_investment_product', 'status'),
	('cash_investment_product', 'asset_sub_type'),
	('cash_investment_product', 'counterparty'),
	('cash_investment_product', 'enabled_third_parties'),
	('cash_investment_product', 'enabled_account_types');
--> statement-breakpoint
CREATE TABLE `resource_terms` (
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `kind`, `id`, `field`, `value`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `ix_resource_terms_value` ON `resource_terms` (`tenant_id`,`kind`,`field`,`value`,`created_at`,`id`);
--> statement-breakpoint
CREATE TRIGGER `tr_resources_terms_insert` AFTER INSERT ON `resources` BEGIN
	INSERT OR IGNORE INTO `resource_terms` (`tenant_id`, `kind`, `id`, `field`, `value`, `created_at`)
	SELECT NEW.`tenant_id`, NEW.`kind`, NEW.`id`, f.`field`, j.`value`, NEW.`created_at`
	FROM `read_model_fields` AS f, json_each(NEW.`data`, '$.' || f.`field`) AS j
	WHERE f.`kind` = NEW.`kind` AND j.`type` = 'text';
END;
--> statement-breakpoint
CREATE TRIGGER `tr_resources_terms_update` AFTER UPDATE OF `data` ON `resources` WHEN OLD.`data` IS NOT NEW.`data` BEGIN
	DELETE FROM `resource_terms` WHERE `tenant_id` = OLD.`tenant_id` AND `kind` = OLD.`kind` AND `id` = OLD.`id`;
	INSERT OR IGNORE INTO `resource_terms` (`tenant_id`, `kind`, `id`, `field`, `value`, `created_at`)
	SELECT NEW.`tenant_id`, NEW.`kind`, NEW.`id`, f.`field`, j.`value`, NEW.`created_at`
	FROM `read_model_fields` AS f, json_each(NEW.`data`, '$.' || f.`field`) AS j
	WHERE f.`kind` = NEW.`kind` AND j.`type` = 'text';
END;
--> statement-breakpoint
CREATE TRIGGER `tr_resources_terms_delete` AFTER DELETE ON `resources` BEGIN
	DELETE FROM `resource_terms` WHERE `tenant_id` = OLD.`tenant_id` AND `kind` = OLD.`kind` AND `id` = OLD.`id`;
END;
--> statement-breakpoint
INSERT OR IGNORE INTO `resource_terms` (`tenant_id`, `kind`, `id`, `field`, `value`, `created_at`)
SELECT r.`tenant_id`, r.`kind`, r.`id`, f.`field`, j.`value`, r.`created_at`
FROM `resources` AS r JOIN `read_model_fields` AS f ON f.`kind` = r.`kind`, json_each(r.`data`, '$.' || f.`field`) AS j
WHERE j.`type` = 'text';
--> statement-breakpoint
-- A pot's transactions, a webhook's deliveries, an investor's bank accounts: by owner, in page order.
DROP INDEX `ix_resources_tenant_kind_owner`;
--> statement-breakpoint
CREATE INDEX `ix_resources_tenant_kind_owner` ON `resources` (`tenant_id`,`kind`,`owner_id`,`created_at`,`id`);
--> statement-breakpoint
-- `updated_date` filters (transactions).
CREATE INDEX `ix_resources_tenant_kind_updated` ON `resources` (`tenant_id`,`kind`,`updated_at`);
