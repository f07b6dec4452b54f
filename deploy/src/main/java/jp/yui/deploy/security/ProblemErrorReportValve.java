package jp.yui.deploy.security;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.io.IOException;
import java.io.Writer;

/**
 * Requests Tomcat refuses before any filter or servlet sees them — a NUL ({@code %00}) or invalid UTF-8 in the path —
 * get Tomcat's error report. Below {@code /api/} that report is an RFC 7807 problem document
 * ({@code urn:yui:problem:malformed-request}) like every other refusal of the REST API; elsewhere it stays Tomcat's
 * page without details (as Spring Boot configures it).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        int status = response.getStatus();
        // no URI: the request line itself could not be read (e.g. longer than the header buffer) — answered as a
        // problem too, since it may well have been an API call
        boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api/");
        if (!api || status < 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                String detail = status == 400 ? "The URL is not acceptable (e.g. a NUL character, invalid UTF-8, too long)."
                        : "The request could not be handled (HTTP " + status + ").";
                writer.write("{\"type\":\"urn:yui:problem:" + (status == 400 ? "malformed-request" : "http-" + status)
                        + "\",\"title\":\"" + (status == 400 ? "Malformed request" : "Error") + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to do
        }
    }

    /** Replaces the host's error report valve (Spring Boot's, added by its own customizer) with this one. */
    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
            type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
    public static class Installation {

        @Bean
        public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return new Customizer();
        }
    }

    static final class Customizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's customizer, which adds its own valve
        }
    }
}
