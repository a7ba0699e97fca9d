package vn.cadre.reporting;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.cadre.support.testing.RoleMatrix;

import static vn.cadre.support.security.Role.ADMIN;
import static vn.cadre.support.security.Role.AUDITOR;
import static vn.cadre.support.security.Role.VIEWER;

/**
 * Every endpoint of the read side x every role, and anonymous: viewers and auditors read
 * projections, only auditors ask about record time or read the event log, administrators
 * run rebuilds and dead letters, staff read nothing here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RoleMatrixIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		ReadSideTesting.servers(registry, "role_matrix_" + RUN, "cadre.events.matrix." + RUN);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Test
	void everyEndpoint_answersEveryRoleAsTheMatrixSays() throws Exception {
		new RoleMatrix().allow("GET /api/me", RoleMatrix.SIGNED_IN)
			.allow("GET /v3/api-docs", RoleMatrix.SIGNED_IN)
			.allow("GET /v3/api-docs.yaml", RoleMatrix.SIGNED_IN)
			.allow("GET /v3/api-docs/swagger-config", RoleMatrix.SIGNED_IN)
			.allow("GET /swagger-ui.html", RoleMatrix.SIGNED_IN)
			.allow("GET /admin/users", ADMIN)
			.allow("PUT /admin/users/{name}", ADMIN)
			.allow("DELETE /admin/users/{name}", ADMIN)
			.allow("GET /admin/dead-letters", ADMIN)
			.allow("GET /admin/dead-letters/{id}", ADMIN)
			.allow("DELETE /admin/dead-letters/{id}", ADMIN)
			.allow("POST /admin/dead-letters/{id}/retry", ADMIN)
			.allow("GET /admin/rebuild", ADMIN)
			.allow("POST /admin/rebuild", ADMIN)
			.allow("POST /admin/consistency-check", ADMIN)
			.allow("GET /api/periods", VIEWER, AUDITOR)
			.allow("GET /api/measures", VIEWER, AUDITOR)
			.allowWithQuery("GET /api/measures", "knownAt=2025-08-01T00:00:00Z", AUDITOR)
			.allow("GET /api/measures/by-province", VIEWER, AUDITOR)
			.allowWithQuery("GET /api/measures/by-province", "knownAt=2025-08-01T00:00:00Z", AUDITOR)
			.allow("GET /api/measures/csv", VIEWER, AUDITOR)
			.allowWithQuery("GET /api/measures/csv", "knownAt=2025-08-01T00:00:00Z", AUDITOR)
			.allow("GET /api/units/{unitId}/mandates", VIEWER, AUDITOR)
			.allowWithQuery("GET /api/units/{unitId}/mandates", "knownAt=2025-08-01T00:00:00Z", AUDITOR)
			.allow("GET /api/people/{personId}/mandates", VIEWER, AUDITOR)
			.allowWithQuery("GET /api/people/{personId}/mandates", "knownAt=2025-08-01T00:00:00Z", AUDITOR)
			.allow("GET /api/measures/export", VIEWER, AUDITOR)
			.allowWithQuery("GET /api/measures/export", "knownAt=2025-08-01T00:00:00Z", AUDITOR)
			.allow("GET /api/measures/restatement", AUDITOR)
			.allow("GET /api/read-side/status", VIEWER, AUDITOR)
			.allow("GET /api/units", VIEWER, AUDITOR)
			.allow("GET /api/units/{unitId}", VIEWER, AUDITOR)
			.allow("GET /api/units/{unitId}/lineage", VIEWER, AUDITOR)
			.allow("GET /api/units/{unitId}/report", VIEWER, AUDITOR)
			.allowWithQuery("GET /api/units/{unitId}/report", "knownAt=2025-08-01T00:00:00Z", AUDITOR)
			.allow("GET /api/audit/events", AUDITOR)
			.allow("GET /api/audit/digests", AUDITOR)
			.allow("GET /api/audit/digests/latest", AUDITOR)
			.verify(this.mvc, this.mapping);
	}

}
