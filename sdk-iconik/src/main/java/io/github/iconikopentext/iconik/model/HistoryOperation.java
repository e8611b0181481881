package io.github.iconikopentext.iconik.model;

/** The operation an asset history entry records (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum HistoryOperation {
  EXPORT,
  TRANSCODE,
  ANALYZE,
  ADD_FORMAT,
  DELETE_FORMAT,
  RESTORE_FORMAT,
  DELETE_FILESET,
  DELETE_FILE,
  RESTORE_FILESET,
  MODIFY_FILESET,
  APPROVE,
  REJECT,
  DOWNLOAD,
  METADATA,
  CUSTOM,
  TRANSCRIPTION,
  VERSION_CREATE,
  VERSION_DELETE,
  VERSION_UPDATE,
  VERSION_PROMOTE,
  RESTORE,
  RESTORE_FROM_GLACIER,
  ARCHIVE,
  RESTORE_ARCHIVE,
  DELETE,
  TRANSFER,
  UNLINK_SUBCLIP,
  FACE_RECOGNITION,
  /** A value this SDK version does not know. */
  UNKNOWN
}
