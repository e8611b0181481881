package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.http.Idempotent;
import io.github.iconikopentext.iconik.model.CustomAction;
import io.github.iconikopentext.iconik.model.CustomActionRequest;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Custom actions: iconik's assets service ({@code assets.json}). Lists are not paged. Not part of the API. */
public interface CustomActionsApi {

  @GET("API/assets/v1/custom_actions/")
  IconikList<CustomAction> listAll();

  @GET("API/assets/v1/custom_actions/{context}/")
  IconikList<CustomAction> list(@Path("context") String context);

  @GET("API/assets/v1/custom_actions/{context}/{action_id}/")
  CustomAction get(@Path("context") String context, @Path("action_id") String actionId);

  @POST("API/assets/v1/custom_actions/{context}/")
  CustomAction create(@Path("context") String context, @Body CustomActionRequest input);

  @Idempotent
  @PATCH("API/assets/v1/custom_actions/{context}/{action_id}/")
  CustomAction update(@Path("context") String context, @Path("action_id") String actionId,
      @Body CustomActionRequest input);

  @DELETE("API/assets/v1/custom_actions/{context}/{action_id}/")
  Void delete(@Path("context") String context, @Path("action_id") String actionId);
}
