package io.github.iconikopentext.testkit.internal.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.util.EnumSet;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty server with one servlet filter in front of the stub servlet, so that the simulators can serve
 * large bodies straight from the servlet streams: WireMock reads every request body into memory and keeps bodies in
 * its journal. Relies on WireMock 3's Jetty 11 server class and its shaded servlet packages (wiremock-standalone).
 * Not part of the API.
 */
public final class StreamingJettyServerFactory implements HttpServerFactory {
  /** Jetty11HttpServer builds its handlers inside its constructor, before a subclass could hold the filter. */
  private static final ThreadLocal<Filter> PENDING = new ThreadLocal<>();

  private final Filter filter;

  public StreamingJettyServerFactory(Filter filter) {
    this.filter = filter;
  }

  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    PENDING.set(filter);
    try {
      return new FilteredServer(options, admin, stubs);
    } finally {
      PENDING.remove();
    }
  }

  private static final class FilteredServer extends Jetty11HttpServer {
    FilteredServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
      super(options, admin, stubs);
    }

    @Override
    protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
      super.decorateMockServiceContextBeforeConfig(context);
      context.addFilter(new FilterHolder(PENDING.get()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }
  }
}
