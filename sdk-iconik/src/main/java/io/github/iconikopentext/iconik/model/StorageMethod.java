package io.github.iconikopentext.iconik.model;

/** How iconik reaches a storage (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum StorageMethod {
  FILE,
  HTTP,
  FTP,
  SFTP,
  S3,
  B2,
  GCS,
  PORTAL,
  CUSTOM,
  AZURE,
  /** A value this SDK version does not know. */
  UNKNOWN
}
