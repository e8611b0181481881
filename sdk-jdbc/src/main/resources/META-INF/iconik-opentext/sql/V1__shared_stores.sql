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

-- Audit chain: one record per row, exactly the line JsonLinesAuditSink would write for it (without the LF), so the
-- same verifier checks both. seq is the record's sequence number; event_time its time, for queries.
CREATE TABLE IF NOT EXISTS ${prefix}audit_event (
  seq         BIGINT NOT NULL,
  event_time  TIMESTAMP WITH TIME ZONE NOT NULL,
  record      TEXT NOT NULL,
  CONSTRAINT ${prefix}audit_event_pk PRIMARY KEY (seq)
);

-- The audit chain's head: its last record's sequence and hash, and the checkpoint state. Appenders lock this row, so
-- writers on every node extend one chain.
CREATE TABLE IF NOT EXISTS ${prefix}audit_head (
  id                       INTEGER NOT NULL,
  seq                      BIGINT NOT NULL,
  hash                     VARCHAR(64) NOT NULL,
  events_since_checkpoint  BIGINT NOT NULL,
  checkpoint_at            TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ${prefix}audit_head_pk PRIMARY KEY (id)
);

INSERT INTO ${prefix}audit_head (id, seq, hash, events_since_checkpoint)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0) ON CONFLICT DO NOTHING;
