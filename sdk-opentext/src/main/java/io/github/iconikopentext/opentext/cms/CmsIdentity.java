package io.github.iconikopentext.opentext.cms;

import com.squareup.moshi.Json;
import java.util.Objects;

/**
 * Who created, changed or owns a CMS instance ({@code created_by}, {@code updated_by}, {@code owner}). CMS answers
 * are not public; a sample of OpenText's own shows these members as user-identity objects, while the SDK has so far
 * seen bare ids: both read into this record — a bare id as an identity with only {@link #id()} set. Immutable.
 *
 * @param id the user (or service account) id
 * @param identityType e.g. {@code user}, when the server says
 * @param firstName the first name, when the server says
 * @param lastName the last name, when the server says
 * @param email the e-mail address, when the server says
 * @param serviceAccount whether it is a service account, when the server says
 */
public record CmsIdentity(
    String id,
    @Json(name = "identity_type") String identityType,
    @Json(name = "first_name") String firstName,
    @Json(name = "last_name") String lastName,
    String email,
    @Json(name = "service_account") Boolean serviceAccount) {

  /** An identity known only by its id, as a bare string names it. */
  public static CmsIdentity of(String id) {
    return new CmsIdentity(Objects.requireNonNull(id, "id == null"), null, null, null, null, null);
  }

  /** Whether only the id is known (the server sent a bare id). */
  public boolean isIdOnly() {
    return identityType == null && firstName == null && lastName == null && email == null && serviceAccount == null;
  }

  /** "first last" when the names are known, else the e-mail address, else the id. */
  public String displayName() {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    return !name.isEmpty() ? name : email != null ? email : id;
  }
}
