-- Files: a file's tags are list filters of `GET /tenant/files/v1?tag=` (served by ix_resource_terms_value).
INSERT OR IGNORE INTO `read_model_fields` (`kind`, `field`) VALUES ('file', 'tags');
