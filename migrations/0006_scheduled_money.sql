-- Scheduled money: recurring contributions, recurring withdrawals and bulk payment batches are
-- `resources` rows like every other resource; these are the fields their list filters read, so
-- each filter is served by `ix_resource_terms_value` (tenant_id first).
INSERT OR IGNORE INTO `read_model_fields` (`kind`, `field`) VALUES
	('recurring_contribution', 'contribution_id'),
	('recurring_contribution', 'financial_product_id'),
	('recurring_contribution', 'investor_id'),
	('recurring_contribution', 'payment_type'),
	('recurring_contribution', 'sub_transaction_type'),
	('recurring_contribution', 'status'),
	('recurring_withdrawal', 'withdrawal_id'),
	('recurring_withdrawal', 'financial_product_id'),
	('recurring_withdrawal', 'investor_id'),
	('recurring_withdrawal', 'status'),
	('payment_batch', 'status'),
	('payment_batch', 'created_date');
