package vn.cadre.assignments.web;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.cadre.kernel.EventMetadata;

/**
 * Sends a command on behalf of the current HTTP request, with the metadata that the
 * events it causes will carry: actor, command id, reason and legal basis. The actor is
 * the signed-in user, never a value of the request: a request that names one is refused
 * rather than silently overruled, so a client that relied on it learns at once.
 */
@Component
public class CommandSender {

	static final String ACTOR_HEADER = "X-Actor";

	static final String COMMAND_ID_HEADER = "X-Command-Id";

	static final String REASON_HEADER = "X-Reason";

	private final HttpServletRequest request;

	private final CommandGateway gateway;

	private final CommandPositions positions;

	CommandSender(HttpServletRequest request, CommandGateway gateway, CommandPositions positions) {
		this.request = request;
		this.gateway = gateway;
		this.positions = positions;
	}

	/**
	 * Sends the command and waits for its outcome; a refusal is rethrown for the problem
	 * mapping. Accepted, it answers with the position of the last event it stored.
	 */
	public Accepted send(Object command, String legalBasis) {
		CommandMessage<?> message = wrap(command, legalBasis);
		this.positions.expect(message);
		OptionalLong stored;
		try {
			this.gateway.sendAndWait(message);
		}
		finally {
			stored = this.positions.take(message);
		}
		return new Accepted(stored);
	}

	private <C> CommandMessage<C> wrap(C command, String legalBasis) {
		Map<String, Object> metadata = new HashMap<>();
		if (this.request.getHeader(ACTOR_HEADER) != null) {
			throw new IllegalArgumentException(
					"X-Actor không được chấp nhận: người thực hiện là người đã đăng nhập / X-Actor is not accepted: "
							+ "the actor is the signed-in user");
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated()) {
			throw new IllegalStateException("A command reached the service without a signed-in user");
		}
		metadata.put(EventMetadata.ACTOR, user.getName());
		metadata.put(EventMetadata.COMMAND_ID, headerOr(COMMAND_ID_HEADER, UUID.randomUUID().toString()));
		String reason = this.request.getHeader(REASON_HEADER);
		if (reason != null) {
			metadata.put(EventMetadata.REASON, reason);
		}
		if (legalBasis != null) {
			metadata.put(EventMetadata.LEGAL_BASIS, legalBasis);
		}
		return GenericCommandMessage.<C>asCommandMessage(command).andMetaData(metadata);
	}

	private String headerOr(String name, String fallback) {
		String value = this.request.getHeader(name);
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

}
