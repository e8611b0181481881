package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.iconik.model.SystemSettings;
import io.github.iconikopentext.iconik.model.User;
import retrofit2.http.GET;

/** Who the token acts as and in which domain: iconik's users and settings services. Not part of the API. */
public interface SystemApi {

  @GET("API/users/v1/users/current/")
  User currentUser();

  @GET("API/settings/v1/system/current/")
  SystemSettings currentSystem();
}
