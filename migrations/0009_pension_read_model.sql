-- Pension read model: the list filters of crystallisation requests (`GET /tenant/pots/v1/crystallisation`)
-- are terms of the `resources` rows of kind `crystallisation`, so each is served by
-- `ix_resource_terms_value`. UFPLS withdrawals, tax codes and PAYE records need no terms
-- (tax codes list by owner, the investor).
INSERT OR IGNORE INTO `read_model_fields` (`kind`, `field`) VALUES
	('crystallisation', 'crystallisation_id'),
	('crystallisation', 'investor_id'),
	('crystallisation', 'status');
