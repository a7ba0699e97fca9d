package vn.cadre.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Every error of a service as an RFC 9457 problem, from any layer: Tomcat's refusals, the
 * error page, and what the services' own advice does not map.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class, before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ RequestBodyProblems.class, FallbackErrors.class })
public class ProblemErrorsAutoConfiguration {

	@Bean
	ProblemResponses problemResponses(ObjectMapper objectMapper) {
		return new ProblemResponses(objectMapper);
	}

	@Bean
	ProblemErrorController problemErrorController(ProblemResponses problems) {
		return new ProblemErrorController(problems);
	}

	/** Tomcat's HTML error report replaced on the host, where Tomcat looks for it. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tomcat.class)
	static class TomcatErrorReport {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(ProblemResponses problems) {
			return new ProblemReportCustomizer(problems);
		}

	}

	/**
	 * Runs after Spring Boot's own Tomcat customizer, which may have added a plain report
	 * valve: that one is removed, and the host told ours is its report valve so that it
	 * adds no other when it starts.
	 */
	static final class ProblemReportCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final ProblemResponses problems;

		ProblemReportCustomizer(ProblemResponses problems) {
			this.problems = problems;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (host instanceof StandardHost standardHost) {
					standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
				}
				host.getPipeline().addValve(new ProblemReportValve(this.problems));
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
