-- Recurring fees. Fee codes, setups and exemptions are ordinary projected resources; these rows
-- make their list filters indexed terms (`resource_terms`). `assigned_to` is a string or an
-- array: each element becomes a term, so a filter matches any instance an item is assigned to.
INSERT INTO `read_model_fields` (`kind`, `field`) VALUES
	('fee_code', 'fee_code'),
	('fee_code', 'status'),
	('fee_setup', 'fee_calculation_entity'),
	('fee_setup', 'fee_calculation_method'),
	('fee_setup', 'sub_transaction_type'),
	('fee_setup', 'fee_code'),
	('fee_setup', 'assigned_to'),
	('fee_setup', 'start_date'),
	('fee_setup', 'end_date'),
	('fee_setup', 'status'),
	('fee_exemption', 'fee_exemption_entity'),
	('fee_exemption', 'sub_transaction_type'),
	('fee_exemption', 'assigned_to'),
	('fee_exemption', 'start_date'),
	('fee_exemption', 'end_date'),
	('fee_exemption', 'status');
--> statement-breakpoint
-- What each pot has accrued and not yet had collected, per sub transaction type: written by the
-- day-close (outbox rows of up to 2,000 changed balances), read by
-- `GET /tenant/fees/v1/accruals?pot_id=`. `source_seq` is the outbox id, so a replay is harmless.
CREATE TABLE `fee_accrual_balances` (
	`tenant_id` text NOT NULL,
	`pot_id` text NOT NULL,
	`sub_transaction_type` text NOT NULL,
	`data` text NOT NULL,
	`source_seq` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `pot_id`, `sub_transaction_type`)
) WITHOUT ROWID;
