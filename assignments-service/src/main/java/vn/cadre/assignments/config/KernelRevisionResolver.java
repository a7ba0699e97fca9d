package vn.cadre.assignments.config;

import org.axonframework.serialization.RevisionResolver;
import vn.cadre.kernel.EventRevision;

/**
 * Reads the schema revision from the kernel's own annotation, so the kernel needs no Axon
 * import.
 */
final class KernelRevisionResolver implements RevisionResolver {

	@Override
	public String revisionOf(Class<?> payloadType) {
		EventRevision revision = payloadType.getAnnotation(EventRevision.class);
		return (revision != null) ? revision.value() : null;
	}

}
