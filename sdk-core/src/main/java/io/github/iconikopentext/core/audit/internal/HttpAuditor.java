package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.http.CallInfo;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.core.http.CallSummary;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * The audit trail's {@link CallListener}: turns each call of an {@link Audited} service method into one {@link
 * AuditEvent} when the call ends, after its retries. Calls of other methods (and requests made without a service
 * method) pass untouched. A method's annotation is read, and its target parameter checked against the path template
 * and located, once, on its first call — a misnamed target fails that call before it is sent. Thread-safe. Not part
 * of the API.
 */
public final class HttpAuditor implements CallListener {
  private final AuditContext context;
  private final Map<Method, AuditedMethod> methods = new ConcurrentHashMap<>();

  public HttpAuditor(AuditContext context) {
    this.context = context;
  }

  @Override
  public void callStart(CallInfo call) {
    audited(call);
  }

  @Override
  public void callEnd(CallInfo call, CallSummary summary) {
    AuditedMethod method = audited(call);
    if (method != null) {
      method.emit(context, call, AuditOutcome.success(summary.status()), summary.requestId().orElse(null));
    }
  }

  @Override
  public void callFailed(CallInfo call, CallSummary summary, Throwable failure) {
    AuditedMethod method = audited(call);
    if (method != null) {
      method.emit(context, call, AuditOutcome.failure(failure),
          failure instanceof ApiException api ? api.requestId() : null);
    }
  }

  private AuditedMethod audited(CallInfo call) {
    Invocation invocation = call.request().tag(Invocation.class);
    if (invocation == null) {
      return null;
    }
    AuditedMethod method = methods.computeIfAbsent(invocation.method(), AuditedMethod::of);
    return method == AuditedMethod.NONE ? null : method;
  }

  /** How the calls of one service method are audited. */
  private record AuditedMethod(Audited audited, int targetIndex) {
    static final AuditedMethod NONE = new AuditedMethod(null, -1);

    static AuditedMethod of(Method method) {
      Audited audited = method.getAnnotation(Audited.class);
      if (audited == null) {
        return NONE;
      }
      String target = audited.target();
      if (target.isEmpty()) {
        return new AuditedMethod(audited, -1);
      }
      String pathTemplate = null;
      for (Annotation a : method.getAnnotations()) {
        pathTemplate = pathTemplate == null ? pathTemplate(a) : pathTemplate;
      }
      if (pathTemplate == null || !pathTemplate.contains("{" + target + "}")) {
        throw new ConfigurationException("@Audited(target = \"" + target + "\") names no path parameter of "
            + (pathTemplate == null ? "the method" : "'" + pathTemplate + "'"));
      }
      return new AuditedMethod(audited, pathParameterIndex(method, target));
    }

    void emit(AuditContext context, CallInfo call, AuditOutcome outcome, String requestId) {
      AuditEvent.Builder event = context.newEvent(audited.value()).outcome(outcome).requestId(requestId)
          .operation(call.operation());
      String targetId = targetId(call.request().tag(Invocation.class));
      if (targetId != null) {
        event.target(AuditTarget.of(audited.targetKind(), targetId));
      }
      context.emit(event.build());
    }

    private String targetId(Invocation invocation) {
      if (targetIndex < 0) {
        return null;
      }
      Object value = invocation.arguments().get(targetIndex);
      String id = value == null ? null : value.toString();
      return id == null || id.isBlank() ? null : id;
    }

    private static int pathParameterIndex(Method method, String name) {
      Annotation[][] parameters = method.getParameterAnnotations();
      for (int i = 0; i < parameters.length; i++) {
        for (Annotation a : parameters[i]) {
          if (a instanceof Path p && p.value().equals(name)) {
            return i;
          }
        }
      }
      throw new ConfigurationException("@Audited(target = \"" + name + "\") on " + method.getDeclaringClass()
          .getSimpleName() + "." + method.getName() + " names no @Path parameter");
    }
  }

  private static String pathTemplate(Annotation a) {
    if (a instanceof GET m) {
      return m.value();
    } else if (a instanceof POST m) {
      return m.value();
    } else if (a instanceof PUT m) {
      return m.value();
    } else if (a instanceof PATCH m) {
      return m.value();
    } else if (a instanceof DELETE m) {
      return m.value();
    } else if (a instanceof HEAD m) {
      return m.value();
    } else if (a instanceof OPTIONS m) {
      return m.value();
    } else if (a instanceof HTTP m) {
      return m.path();
    }
    return null;
  }
}
