package vn.cadre.assignments;

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
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static vn.cadre.support.security.Role.ADMIN;
import static vn.cadre.support.security.Role.AUDITOR;
import static vn.cadre.support.security.Role.STAFF;

/**
 * Every endpoint of the command side x every role, and anonymous: staff command, auditors
 * verify and export, administrators manage users, everyone else is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RoleMatrixIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.assignments.database", () -> "role_matrix_" + RUN);
		registry.add("cadre.assignments.topic", () -> "cadre.events.matrix." + RUN);
		registry.add("cadre.security.users-file", TestUsers::file);
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
			.allow("GET /api/audit/verify", AUDITOR)
			.allow("GET /api/audit/chain/head", AUDITOR)
			.allow("GET /api/audit/export", AUDITOR)
			.allow("PUT /admin/users/{name}", ADMIN)
			.allow("DELETE /admin/users/{name}", ADMIN)
			.allow("POST /api/documents", STAFF)
			.allow("GET /api/documents/registered", STAFF)
			.allow("GET /api/units/{unitId}/locality", STAFF)
			.allow("POST /api/people", STAFF)
			.allow("POST /api/people/{personId}/origin", STAFF)
			.allow("POST /api/units", STAFF)
			.allow("POST /api/units/{unitId}/rename", STAFF)
			.allow("POST /api/units/{unitId}/retype", STAFF)
			.allow("POST /api/units/{unitId}/reparent", STAFF)
			.allow("POST /api/units/{unitId}/dissolve", STAFF)
			.allow("POST /api/restructurings", STAFF)
			.allow("POST /api/restructurings/mergers", STAFF)
			.allow("POST /api/scenarios", STAFF)
			.allow("POST /api/units/{unitId}/briefings", STAFF)
			.allow("POST /api/units/{unitId}/mandates", STAFF)
			.allow("POST /api/units/{unitId}/mandates/{mandateId}/correct", STAFF)
			.allow("POST /api/units/{unitId}/mandates/{mandateId}/rescind", STAFF)
			.allow("POST /api/units/{unitId}/mandates/{mandateId}/end", STAFF)
			.verify(this.mvc, this.mapping);
	}

}
