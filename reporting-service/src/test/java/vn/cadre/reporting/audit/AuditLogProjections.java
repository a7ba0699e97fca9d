package vn.cadre.reporting.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.cadre.reporting.projection.Projection;

/** The audit log's projection for tests outside its package. */
public final class AuditLogProjections {

	private AuditLogProjections() {
	}

	public static Projection of(ObjectMapper json) {
		return new AuditLogProjection(json);
	}

}
