-- Shared stores of the iconik-opentext SDK (sdk-jdbc), version 1.
-- ${prefix} is replaced with the configured table prefix (default iconik_).
-- Portable SQL: runs on PostgreSQL 12+ and on H2 2.x in PostgreSQL mode. Times are UTC, microsecond precision.
-- Every statement is idempotent (IF NOT EXISTS), so a partially applied script can be applied again.

-- Webhook replay guard: one row per accepted message id, until it expires.
CREATE TABLE IF NOT EXISTS ${prefix}replay_guard (
  scope       VARCHAR(100) NOT NULL,
  message_id  VARCHAR(200) NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ${prefix}replay_guard_pk PRIMARY KEY (scope, message_id)
);

CREATE INDEX IF NOT EXISTS ${prefix}replay_guard_expiry ON ${prefix}replay_guard (expires_at);

-- Transfer state: the lease of the worker running a transfer, its checkpoint, and the completion record.
CREATE TABLE IF NOT EXISTS ${prefix}transfer (
  transfer_id   VARCHAR(200) NOT NULL,
  worker        VARCHAR(200),
  lease_until   TIMESTAMP WITH TIME ZONE,
  offset_bytes  BIGINT NOT NULL,
  attempts      INTEGER NOT NULL,
  asset_id      VARCHAR(200),
  file_id       VARCHAR(200),
  target        VARCHAR(200),
  location      VARCHAR(2000),
  bytes         BIGINT,
  sha256        VARCHAR(64),
  completed_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ${prefix}transfer_pk PRIMARY KEY (transfer_id)
);
