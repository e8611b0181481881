package io.github.iconikopentext.opentext.auth;

import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.core.credentials.Secret;
import java.util.Objects;

/**
 * How the SDK obtains an access token from OpenText's OAuth 2.0 token endpoint. The confidential client's id and
 * secret always come from {@link OpenTextAuth}'s credentials provider; a grant adds what else the request needs.
 *
 * <p>Whichever grant is used, a {@code refresh_token} issued with a token is used for the next refresh; if the
 * server refuses it, the SDK falls back to this grant. Records here never show secrets in {@code toString()}.
 */
public sealed interface OAuthGrant {

  /** The OAuth {@code grant_type} value sent to the token endpoint. */
  String grantType();

  /** A confidential service client acting as itself ({@code grant_type=client_credentials}). The usual choice. */
  static OAuthGrant clientCredentials() {
    return ClientCredentials.INSTANCE;
  }

  /** A tenant user signing in through the confidential client ({@code grant_type=password}). */
  static OAuthGrant password(String username, Secret password) {
    return new Password(username, password);
  }

  /** Starts from a refresh token the caller already holds ({@code grant_type=refresh_token}). */
  static OAuthGrant refreshToken(Secret refreshToken) {
    return new RefreshToken(refreshToken);
  }

  /**
   * Impersonation by token exchange (confirmed on OTDS): the client acts for {@code userId}, written
   * {@code user@partition}.
   */
  static OAuthGrant impersonate(String userId) {
    return new TokenExchange(userId, TokenExchange.USER_ID_TOKEN_TYPE);
  }

  /** {@code grant_type=client_credentials}. */
  enum ClientCredentials implements OAuthGrant {
    INSTANCE;

    @Override
    public String grantType() {
      return "client_credentials";
    }
  }

  /**
   * {@code grant_type=password}.
   *
   * @param username the tenant user's login name
   * @param password the user's password; shown as {@code ****}
   */
  record Password(String username, Secret password) implements OAuthGrant {
    public Password {
      Args.requireText(username, "username");
      Objects.requireNonNull(password, "password == null");
    }

    @Override
    public String grantType() {
      return "password";
    }
  }

  /**
   * {@code grant_type=refresh_token}.
   *
   * @param refreshToken the refresh token; shown as {@code ****}
   */
  record RefreshToken(Secret refreshToken) implements OAuthGrant {
    public RefreshToken {
      Objects.requireNonNull(refreshToken, "refreshToken == null");
    }

    @Override
    public String grantType() {
      return "refresh_token";
    }
  }

  /**
   * {@code grant_type=urn:ietf:params:oauth:grant-type:token-exchange}.
   *
   * @param subjectToken the subject, e.g. {@code jdoe@OTInternal} for impersonation
   * @param subjectTokenType e.g. {@link #USER_ID_TOKEN_TYPE}
   */
  record TokenExchange(String subjectToken, String subjectTokenType) implements OAuthGrant {
    /** OTDS's subject token type for "act as this user id". */
    public static final String USER_ID_TOKEN_TYPE = "urn:opentext.com:oauth:string:user_id";

    public TokenExchange {
      Args.requireText(subjectToken, "subjectToken");
      Args.requireText(subjectTokenType, "subjectTokenType");
    }

    @Override
    public String grantType() {
      return "urn:ietf:params:oauth:grant-type:token-exchange";
    }

    /**
     * The subject only when it is a user id ({@link #USER_ID_TOKEN_TYPE}); any other subject token is a credential
     * and shows as {@code ****}.
     */
    @Override
    public String toString() {
      return "TokenExchange[" + (USER_ID_TOKEN_TYPE.equals(subjectTokenType) ? "subjectUserId=" + subjectToken
          : "subjectToken=****") + ", subjectTokenType=" + subjectTokenType + "]";
    }
  }
}
