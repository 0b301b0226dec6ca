-- Transfers in and distribution partners: the fields their list filters use, served by
-- `ix_resource_terms_value` (see 0003). New kinds, so no existing row needs its terms rebuilt.
INSERT OR IGNORE INTO `read_model_fields` (`kind`, `field`) VALUES
	('transfer_in', 'investor_id'),
	('transfer_in', 'updated_on'),
	('transfer_in', 'transfer_status'),
	('transfer_in', 'service_provider_status'),
	('transfer_in', 'financial_product_id'),
	('transfer_in', 'service_provider');
--> statement-breakpoint
INSERT OR IGNORE INTO `read_model_fields` (`kind`, `field`) VALUES
	('distribution_partner_assignment', 'entity_id'),
	('distribution_partner_assignment', 'entity_type');
