package io.github.iconikopentext.core.json.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.json.Strict;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tolerant reading of vendor responses: a member whose JSON value has a shape its declared type cannot hold (an
 * object where a string is declared, a word where a number is, a list where an object is…) reads as {@code null}, and
 * the rest of the response decodes. Scalars convert where nothing is lost: a number or boolean where text is declared
 * reads as its text, numeric text where a number is declared reads as that number. Members marked {@link Strict}
 * keep Moshi's strict reading, and so does the top-level value: a body of the wrong shape still fails. Skipped
 * members are logged at DEBUG with their JSON path, never their value.
 *
 * <p>An object is handed straight to the adapter of a record, map or sealed-interface type (and an array to that of a
 * collection), whose members and elements are tolerant in turn; only values of another JSON kind are first tried on
 * a copy. A module's own adapter for such a type must therefore read every shape it accepts without throwing. Not
 * part of the API.
 */
public final class TolerantAdapters {
  private static final Logger log = LoggerFactory.getLogger(TolerantAdapters.class);

  /** Wraps the adapters of every type except {@code Object} and primitives; add it first. */
  public static final JsonAdapter.Factory TOLERANT = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty()) {
        return null;
      }
      Class<?> raw = Types.getRawType(type);
      if (raw == Object.class || raw.isPrimitive()) {
        return null;
      }
      return new Tolerant<>(moshi.nextAdapter(this, type, annotations), Kind.of(raw), type);
    }
  };

  /**
   * Reads {@link Strict} members with the adapter that follows: strictly, and with a failure that no enclosing
   * tolerant adapter swallows. Both builders of {@code Json} add it, so models may carry the annotation anywhere.
   */
  public static final JsonAdapter.Factory STRICT = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      Set<? extends Annotation> rest = Types.nextAnnotations(annotations, Strict.class);
      return rest == null ? null : new StrictAdapter<>(moshi.nextAdapter(this, type, rest));
    }
  };

  private TolerantAdapters() {}

  /**
   * The cause of a {@link Strict} member's failure, by which enclosing tolerant adapters recognize a failure they
   * must not swallow ({@link JsonDataException} is final).
   */
  private static final class StrictFailure extends RuntimeException {
    StrictFailure(JsonDataException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private static boolean isStrict(RuntimeException e) {
    return e.getCause() instanceof StrictFailure;
  }

  /** What JSON a declared type reads directly. */
  private enum Kind {
    TEXT, BOOLEAN, ARRAY, OBJECT, OTHER;

    static Kind of(Class<?> raw) {
      if (raw == String.class) {
        return TEXT;
      }
      if (raw == Boolean.class) {
        return BOOLEAN;
      }
      if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
        return ARRAY;
      }
      if (Map.class.isAssignableFrom(raw) || raw.isRecord() || raw.isInterface() && raw.isSealed()) {
        return OBJECT; // a sealed interface of records is read by a module's adapter choosing the record
      }
      return OTHER; // numbers, enums, dates and types with their own adapters
    }
  }

  private static final class Tolerant<T> extends JsonAdapter<T> {
    private final JsonAdapter<T> delegate;
    private final Kind kind;
    private final Type type;

    Tolerant(JsonAdapter<T> delegate, Kind kind, Type type) {
      this.delegate = delegate;
      this.kind = kind;
      this.type = type;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      switch (token) {
        case NULL:
          return delegate.fromJson(reader);
        case BEGIN_OBJECT:
          return kind == Kind.OBJECT ? delegate.fromJson(reader) : fromCopy(reader, token);
        case BEGIN_ARRAY:
          return kind == Kind.ARRAY ? delegate.fromJson(reader) : fromCopy(reader, token);
        case BOOLEAN:
          if (kind == Kind.BOOLEAN) {
            return delegate.fromJson(reader);
          }
          boolean flag = reader.nextBoolean();
          return kind == Kind.TEXT ? (T) Boolean.toString(flag) : fromValue(reader, flag, token);
        case STRING:
        case NUMBER:
          String text = reader.nextString(); // a number's text as written
          return kind == Kind.TEXT ? (T) text : fromValue(reader, text, token);
        default:
          return delegate.fromJson(reader);
      }
    }

    /** A scalar already read: converted by the delegate, or {@code null} if it cannot hold it. */
    private T fromValue(JsonReader reader, Object value, JsonReader.Token token) {
      try {
        return delegate.fromJsonValue(value);
      } catch (JsonDataException | IllegalArgumentException | ArithmeticException e) {
        if (isStrict(e)) {
          throw e;
        }
        return skipped(reader, token, e);
      }
    }

    /** An object or array where the type reads something else: tried on a copy, skipped if it does not fit. */
    private T fromCopy(JsonReader reader, JsonReader.Token token) throws IOException {
      T value;
      try (JsonReader copy = reader.peekJson()) {
        value = delegate.fromJson(copy);
      } catch (JsonDataException | IllegalArgumentException e) {
        if (isStrict(e) || "$".equals(reader.getPath())) {
          throw e;
        }
        reader.skipValue();
        return skipped(reader, token, e);
      }
      reader.skipValue();
      return value;
    }

    private T skipped(JsonReader reader, JsonReader.Token token, RuntimeException e) {
      String path = reader.getPath();
      if ("$".equals(path)) {
        throw e instanceof JsonDataException j ? j : new JsonDataException(e.getMessage(), e);
      }
      log.debug("ignored {}: a {} where {} was expected", path, token, type.getTypeName());
      return null;
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate + ".tolerant()";
    }
  }

  private static final class StrictAdapter<T> extends JsonAdapter<T> {
    private final JsonAdapter<T> delegate;

    StrictAdapter(JsonAdapter<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      try {
        return delegate.fromJson(reader);
      } catch (JsonDataException e) {
        throw isStrict(e) ? e : new JsonDataException(e.getMessage(), new StrictFailure(e));
      }
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate + ".strict()";
    }
  }
}
