-- Shared stores of the iconik-opentext SDK (sdk-jdbc), version 2: watermarks of the iconik activity collector.
-- ${prefix} is replaced with the configured table prefix (default iconik_). Portable SQL, idempotent, as V1.

-- How far each asset's iconik history has been appended to the audit trail, per collector scope.
CREATE TABLE IF NOT EXISTS ${prefix}activity_watermark (
  scope           VARCHAR(100) NOT NULL,
  asset_id        VARCHAR(200) NOT NULL,
  watermark_time  TIMESTAMP WITH TIME ZONE NOT NULL,
  ids_at_time     VARCHAR(8000) NOT NULL,
  CONSTRAINT ${prefix}activity_watermark_pk PRIMARY KEY (scope, asset_id)
);
