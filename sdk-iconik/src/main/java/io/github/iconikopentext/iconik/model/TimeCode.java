package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * A position in media as iconik writes it (a keyframe's {@code time_code}): a frame count in a time base. Immutable.
 *
 * @param framesNumber the frame number
 * @param isDropFrame whether drop-frame counting applies
 * @param timeBase the duration of one frame
 */
public record TimeCode(
    @Json(name = "frames_number") @Nullable Long framesNumber,
    @Json(name = "is_drop_frame") @Nullable Boolean isDropFrame,
    @Json(name = "time_base") @Nullable TimeBase timeBase) {}
