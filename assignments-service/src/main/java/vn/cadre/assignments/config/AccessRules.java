package vn.cadre.assignments.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.cadre.support.security.EndpointRules;
import vn.cadre.support.security.Role;

/**
 * Who may call the command side: staff issue commands and check the documents they will
 * cite, auditors verify and export the history. Users and health are ruled for both
 * services in the shared security setup.
 */
@Configuration(proxyBeanMethods = false)
class AccessRules {

	@Bean
	EndpointRules commandSideRules() {
		return (requests) -> requests.requestMatchers(HttpMethod.GET, "/api/audit/**")
			.hasRole(Role.AUDITOR.name())
			.requestMatchers(HttpMethod.GET, "/api/documents/registered", "/api/units/*/locality")
			.hasRole(Role.STAFF.name())
			.requestMatchers(HttpMethod.POST, "/api/**")
			.hasRole(Role.STAFF.name());
	}

}
