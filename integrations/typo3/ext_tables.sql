-- TYPO3 13 derives these columns from the TCA by itself; TYPO3 12 needs them written out.
CREATE TABLE tt_content (
	tx_mijnzaken_view varchar(10) DEFAULT 'overview' NOT NULL,
	tx_mijnzaken_zaak varchar(100) DEFAULT '' NOT NULL,
	tx_mijnzaken_heading_level smallint(5) unsigned DEFAULT '2' NOT NULL
);
