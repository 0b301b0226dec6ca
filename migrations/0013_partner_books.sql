-- Distribution-partner API keys and "the book" (docs/transfers-and-partners.md).
--
-- `api_keys.distribution_partner_id`: a key scoped to a partner's book (NULL: a tenant key).
--
-- `resource_books`: the anchors of every read-model row that belongs to an investor or an account:
-- one row per (resource, anchor), an anchor being an investor id or an account id. An investor
-- or an account anchors itself (an account its investors too); any other row takes the investor
-- ids in its `investor_id` and the anchors of the rows it names by `owner_id`, `account_id`,
-- `investor_account_id`, `pot_id` or `entity_id` (a pot: its account and investors; a
-- transaction: its pot's). A row without anchors belongs to no investor (catalogue, templates,
-- rates, partners): every key of the tenant reads it. Relations are immutable, so inserts decide.
--
-- `partner_books`: what each partner's book holds: the entities assigned to the partner or to a
-- partner below it (an IFA's assignments count for its firm and the firm's white label), with
-- `access` full; the investors of an assigned account with access `read` (their investor record only).
--
-- `event_books`: the anchors of every event (those of the rows its payload names by `id` and
-- `…_id` members), for the partner-scoped activity feed.
ALTER TABLE `api_keys` ADD `distribution_partner_id` text;
--> statement-breakpoint
CREATE TABLE `resource_books` (
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`anchor` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `kind`, `id`, `anchor`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `ix_resource_books_id` ON `resource_books` (`tenant_id`, `id`, `anchor`);
--> statement-breakpoint
CREATE INDEX `ix_resource_books_anchor` ON `resource_books` (`tenant_id`, `kind`, `anchor`, `id`);
--> statement-breakpoint
CREATE TABLE `partner_books` (
	`tenant_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`anchor` text NOT NULL,
	`access` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `partner_id`, `anchor`, `access`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `event_books` (
	`tenant_id` text NOT NULL,
	`seq` integer NOT NULL,
	`anchor` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `seq`, `anchor`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `tr_resource_books_insert` AFTER INSERT ON `resources` BEGIN
	INSERT OR IGNORE INTO `resource_books` (`tenant_id`, `kind`, `id`, `anchor`)
	SELECT NEW.`tenant_id`, NEW.`kind`, NEW.`id`, NEW.`id`
	WHERE NEW.`kind` IN ('investor', 'investor_organisation', 'investor_account');
	INSERT OR IGNORE INTO `resource_books` (`tenant_id`, `kind`, `id`, `anchor`)
	SELECT NEW.`tenant_id`, NEW.`kind`, NEW.`id`, j.`value` FROM json_each(NEW.`data`, '$.investor_id') AS j
	WHERE j.`type` = 'text' AND NEW.`kind` NOT IN ('investor', 'investor_organisation');
	INSERT OR IGNORE INTO `resource_books` (`tenant_id`, `kind`, `id`, `anchor`)
	SELECT NEW.`tenant_id`, NEW.`kind`, NEW.`id`, rb.`anchor` FROM `resource_books` AS rb
	WHERE NEW.`kind` NOT IN ('investor', 'investor_organisation', 'investor_account') AND rb.`tenant_id` = NEW.`tenant_id` AND rb.`id` IN (
		SELECT NEW.`owner_id`
		UNION SELECT j.`value` FROM json_each(NEW.`data`, '$.account_id') AS j WHERE j.`type` = 'text'
		UNION SELECT j.`value` FROM json_each(NEW.`data`, '$.investor_account_id') AS j WHERE j.`type` = 'text'
		UNION SELECT j.`value` FROM json_each(NEW.`data`, '$.pot_id') AS j WHERE j.`type` = 'text'
		UNION SELECT j.`value` FROM json_each(NEW.`data`, '$.entity_id') AS j WHERE j.`type` = 'text');
END;
--> statement-breakpoint
CREATE TRIGGER `tr_resource_books_delete` AFTER DELETE ON `resources` BEGIN
	DELETE FROM `resource_books` WHERE `tenant_id` = OLD.`tenant_id` AND `kind` = OLD.`kind` AND `id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tr_partner_books_assignment` AFTER INSERT ON `resources` WHEN NEW.`kind` = 'distribution_partner_assignment' BEGIN
	INSERT OR IGNORE INTO `partner_books` (`tenant_id`, `partner_id`, `anchor`, `access`)
	SELECT NEW.`tenant_id`, chain.`partner_id`, json_extract(NEW.`data`, '$.entity_id'), 'full' FROM (
		SELECT NEW.`owner_id` AS `partner_id`
		UNION SELECT p.`owner_id` FROM `resources` AS p
			WHERE p.`tenant_id` = NEW.`tenant_id` AND p.`kind` = 'distribution_partner' AND p.`id` = NEW.`owner_id` AND p.`owner_id` IS NOT NULL
		UNION SELECT g.`owner_id` FROM `resources` AS p CROSS JOIN `resources` AS g
			ON g.`tenant_id` = p.`tenant_id` AND g.`kind` = p.`kind` AND g.`id` = p.`owner_id`
			WHERE p.`tenant_id` = NEW.`tenant_id` AND p.`kind` = 'distribution_partner' AND p.`id` = NEW.`owner_id` AND g.`owner_id` IS NOT NULL
	) AS chain;
	INSERT OR IGNORE INTO `partner_books` (`tenant_id`, `partner_id`, `anchor`, `access`)
	SELECT NEW.`tenant_id`, pb.`partner_id`, rb.`anchor`, 'read' FROM `partner_books` AS pb CROSS JOIN `resource_books` AS rb
	WHERE pb.`tenant_id` = NEW.`tenant_id` AND pb.`anchor` = json_extract(NEW.`data`, '$.entity_id') AND pb.`access` = 'full'
		AND rb.`tenant_id` = NEW.`tenant_id` AND rb.`kind` = 'investor_account' AND rb.`id` = pb.`anchor` AND rb.`anchor` <> rb.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tr_event_books_insert` AFTER INSERT ON `events` BEGIN
	INSERT OR IGNORE INTO `event_books` (`tenant_id`, `seq`, `anchor`)
	SELECT DISTINCT NEW.`tenant_id`, NEW.`seq`, rb.`anchor` FROM json_tree(NEW.`payload`) AS j CROSS JOIN `resource_books` AS rb
		ON rb.`tenant_id` = NEW.`tenant_id` AND rb.`id` = j.`value`
	WHERE j.`type` = 'text' AND (j.`key` = 'id' OR j.`key` LIKE '%\_id' ESCAPE '\'
		OR (typeof(j.`key`) = 'integer' AND (j.`path` LIKE '%\_id' ESCAPE '\' OR j.`path` LIKE '%\_id"' ESCAPE '\')));
END;
--> statement-breakpoint
-- What is already projected: the same rules over the existing rows (three passes reach a
-- transaction's pot's account), then the assignments, then the events.
INSERT OR IGNORE INTO `resource_books` (`tenant_id`, `kind`, `id`, `anchor`)
SELECT `tenant_id`, `kind`, `id`, `id` FROM `resources` WHERE `kind` IN ('investor', 'investor_organisation', 'investor_account');
--> statement-breakpoint
INSERT OR IGNORE INTO `resource_books` (`tenant_id`, `kind`, `id`, `anchor`)
SELECT r.`tenant_id`, r.`kind`, r.`id`, j.`value` FROM `resources` AS r, json_each(r.`data`, '$.investor_id') AS j
WHERE j.`type` = 'text' AND r.`kind` NOT IN ('investor', 'investor_organisation');
--> statement-breakpoint
INSERT OR IGNORE INTO `resource_books` (`tenant_id`, `kind`, `id`, `anchor`)
SELECT r.`tenant_id`, r.`kind`, r.`id`, rb.`anchor` FROM `resources` AS r CROSS JOIN `resource_books` AS rb
	ON rb.`tenant_id` = r.`tenant_id` AND rb.`id` IN (SELECT r.`owner_id` UNION SELECT j.`value` FROM json_each(r.`data`) AS j
		WHERE j.`key` IN ('account_id', 'investor_account_id', 'pot_id', 'entity_id') AND j.`type` = 'text')
WHERE r.`kind` NOT IN ('investor', 'investor_organisation', 'investor_account');
--> statement-breakpoint
INSERT OR IGNORE INTO `resource_books` (`tenant_id`, `kind`, `id`, `anchor`)
SELECT r.`tenant_id`, r.`kind`, r.`id`, rb.`anchor` FROM `resources` AS r CROSS JOIN `resource_books` AS rb
	ON rb.`tenant_id` = r.`tenant_id` AND rb.`id` IN (SELECT r.`owner_id` UNION SELECT j.`value` FROM json_each(r.`data`) AS j
		WHERE j.`key` IN ('account_id', 'investor_account_id', 'pot_id', 'entity_id') AND j.`type` = 'text')
WHERE r.`kind` NOT IN ('investor', 'investor_organisation', 'investor_account');
--> statement-breakpoint
INSERT OR IGNORE INTO `partner_books` (`tenant_id`, `partner_id`, `anchor`, `access`)
SELECT a.`tenant_id`, chain.`partner_id`, json_extract(a.`data`, '$.entity_id'), 'full' FROM `resources` AS a CROSS JOIN (
	SELECT p.`tenant_id`, p.`id` AS `member`, p.`id` AS `partner_id` FROM `resources` AS p WHERE p.`kind` = 'distribution_partner'
	UNION SELECT p.`tenant_id`, p.`id`, p.`owner_id` FROM `resources` AS p WHERE p.`kind` = 'distribution_partner' AND p.`owner_id` IS NOT NULL
	UNION SELECT p.`tenant_id`, p.`id`, g.`owner_id` FROM `resources` AS p CROSS JOIN `resources` AS g
		ON g.`tenant_id` = p.`tenant_id` AND g.`kind` = p.`kind` AND g.`id` = p.`owner_id`
		WHERE p.`kind` = 'distribution_partner' AND g.`owner_id` IS NOT NULL
) AS chain ON chain.`tenant_id` = a.`tenant_id` AND chain.`member` = a.`owner_id`
WHERE a.`kind` = 'distribution_partner_assignment';
--> statement-breakpoint
INSERT OR IGNORE INTO `partner_books` (`tenant_id`, `partner_id`, `anchor`, `access`)
SELECT pb.`tenant_id`, pb.`partner_id`, rb.`anchor`, 'read' FROM `partner_books` AS pb CROSS JOIN `resource_books` AS rb
	ON rb.`tenant_id` = pb.`tenant_id` AND rb.`kind` = 'investor_account' AND rb.`id` = pb.`anchor` AND rb.`anchor` <> rb.`id`
WHERE pb.`access` = 'full';
--> statement-breakpoint
INSERT OR IGNORE INTO `event_books` (`tenant_id`, `seq`, `anchor`)
SELECT DISTINCT e.`tenant_id`, e.`seq`, rb.`anchor` FROM `events` AS e, json_tree(e.`payload`) AS j CROSS JOIN `resource_books` AS rb
	ON rb.`tenant_id` = e.`tenant_id` AND rb.`id` = j.`value`
WHERE j.`type` = 'text' AND (j.`key` = 'id' OR j.`key` LIKE '%\_id' ESCAPE '\'
		OR (typeof(j.`key`) = 'integer' AND (j.`path` LIKE '%\_id' ESCAPE '\' OR j.`path` LIKE '%\_id"' ESCAPE '\')));
