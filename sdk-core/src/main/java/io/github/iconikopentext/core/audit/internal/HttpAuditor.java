package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.http.internal.CallObserver;
import io.github.iconikopentext.core.http.internal.ErrorMapper;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.Response;
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
 * Turns {@link Audited} service methods into one {@link AuditEvent} per call. Asked once per service method by the
 * call adapter; methods without the annotation get no observer and run as if auditing were off. The target
 * parameter is checked against the path template when the method is first used, and its position is found once,
 * from the {@link Invocation} of the first call. Thread-safe. Not part of the API.
 */
public final class HttpAuditor implements Function<Annotation[], CallObserver> {
  private final AuditContext context;

  public HttpAuditor(AuditContext context) {
    this.context = context;
  }

  @Override
  public CallObserver apply(Annotation[] annotations) {
    Audited audited = null;
    String pathTemplate = null;
    for (Annotation a : annotations) {
      if (a instanceof Audited x) {
        audited = x;
      } else if (pathTemplate == null) {
        pathTemplate = pathTemplate(a);
      }
    }
    if (audited == null) {
      return null;
    }
    String target = audited.target();
    if (!target.isEmpty() && (pathTemplate == null || !pathTemplate.contains("{" + target + "}"))) {
      throw new ConfigurationException("@Audited(target = \"" + target + "\") names no path parameter of "
          + (pathTemplate == null ? "the method" : "'" + pathTemplate + "'"));
    }
    return new AuditedCall(context, audited);
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

  /** Audits the calls of one service method. */
  private static final class AuditedCall implements CallObserver {
    private static final int UNRESOLVED = -2;
    private static final int NONE = -1;

    private final AuditContext context;
    private final Audited audited;
    private volatile int targetIndex = UNRESOLVED;
    private volatile String operation;

    AuditedCall(AuditContext context, Audited audited) {
      this.context = context;
      this.audited = audited;
    }

    @Override
    public void succeeded(Request request, Response response) {
      emit(request, AuditOutcome.success(response.code()), ErrorMapper.requestId(response));
    }

    @Override
    public void failed(Request request, Throwable failure) {
      emit(request, AuditOutcome.failure(failure), failure instanceof ApiException api ? api.requestId() : null);
    }

    private void emit(Request request, AuditOutcome outcome, String requestId) {
      AuditEvent.Builder event = context.newEvent(audited.value()).outcome(outcome).requestId(requestId);
      Invocation invocation = request.tag(Invocation.class);
      if (invocation != null) {
        event.operation(operation(invocation));
        String targetId = targetId(invocation);
        if (targetId != null) {
          event.target(AuditTarget.of(audited.targetKind(), targetId));
        }
      }
      context.emit(event.build());
    }

    private String operation(Invocation invocation) {
      String op = operation;
      if (op == null) {
        op = invocation.service().getSimpleName() + "." + invocation.method().getName();
        operation = op;
      }
      return op;
    }

    private String targetId(Invocation invocation) {
      int index = targetIndex;
      if (index == UNRESOLVED) {
        index = audited.target().isEmpty() ? NONE : pathParameterIndex(invocation.method(), audited.target());
        targetIndex = index;
      }
      if (index == NONE) {
        return null;
      }
      Object value = invocation.arguments().get(index);
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
}
