package io.github.iconikopentext.opentext.auth;

/** How the token request carries the client's id and secret; OpenText's samples use all three. */
public enum TokenRequestEncoding {
  /** Form body with the grant fields; client id and secret in an HTTP Basic {@code Authorization} header. Default. */
  FORM_WITH_BASIC_AUTH,
  /** Form body with {@code client_id} and {@code client_secret} among the fields. */
  FORM_FIELDS,
  /** JSON body with {@code client_id}, {@code client_secret} and the grant fields. */
  JSON
}
