package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.iconik.model.UserActivityCount;
import java.util.Map;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/** Usage statistics: iconik's stats service ({@code stats.json}). Reads only. Not part of the API. */
public interface StatsApi {

  @GET("API/stats/v1/user/audit/by/{period}/")
  IconikList<UserActivityCount> userAudit(@Path("period") String period, @QueryMap Map<String, String> query);
}
