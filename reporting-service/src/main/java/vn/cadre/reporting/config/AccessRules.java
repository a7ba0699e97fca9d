package vn.cadre.reporting.config;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.cadre.support.security.EndpointRules;
import vn.cadre.support.security.Role;

/**
 * Who may read what: viewers and auditors read the projections; only auditors read the
 * event log and ask what the system knew at a past record time; administrators run
 * rebuilds and handle dead letters.
 */
@Configuration(proxyBeanMethods = false)
class AccessRules {

	/** Parameters that ask about record time rather than valid time. */
	private static final Set<String> RECORD_TIME = Set.of("knownAt", "knownFrom", "knownTo");

	@Bean
	EndpointRules readSideRules() {
		return (requests) -> requests.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/api/audit/**", "/api/measures/restatement")
			.hasRole(Role.AUDITOR.name())
			.requestMatchers(AccessRules::asksAboutRecordTime)
			.hasRole(Role.AUDITOR.name())
			.requestMatchers(HttpMethod.GET, "/api/**")
			.hasAnyRole(Role.VIEWER.name(), Role.AUDITOR.name());
	}

	private static boolean asksAboutRecordTime(HttpServletRequest request) {
		return request.getParameterMap().keySet().stream().anyMatch(RECORD_TIME::contains);
	}

}
