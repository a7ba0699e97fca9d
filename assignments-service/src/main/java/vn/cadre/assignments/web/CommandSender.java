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
import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.EventMetadata;

/**
 * Sends a command on behalf of the current HTTP request, with the metadata that the
 * events it causes will carry: actor, command id, reason and the legal basis the command
 * cites. The actor is the signed-in user, never a value of the request: a request that
 * names one is refused rather than silently overruled, so a client that relied on it
 * learns at once.
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
	 * mapping. Accepted, it answers with the position of the last event it stored. The
	 * {@code reason} is the request body's, recorded on every event the command causes.
	 */
	public Accepted send(Object command, String reason) {
		CommandMessage<?> message = wrap(command, reason(reason));
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

	/**
	 * The reason belongs in the body, where any text can be written; the header is kept
	 * for clients that send a short ASCII note, since a header cannot carry Vietnamese
	 * text without an encoding nobody agrees on.
	 */
	private String reason(String fromBody) {
		if (fromBody != null && fromBody.isEmpty()) {
			throw InvalidRequest.at("reason", "request.reason-empty");
		}
		String header = this.request.getHeader(REASON_HEADER);
		if (header == null || header.isBlank()) {
			return fromBody;
		}
		if (!header.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
			throw new InvalidRequest("request.reason-header-ascii");
		}
		if (fromBody != null && !fromBody.equals(header.strip())) {
			throw InvalidRequest.at("reason", "request.reason-twice");
		}
		return header.strip();
	}

	private <C> CommandMessage<C> wrap(C command, String reason) {
		Map<String, Object> metadata = new HashMap<>();
		if (this.request.getHeader(ACTOR_HEADER) != null) {
			throw new InvalidRequest("request.actor-header");
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated()) {
			throw new IllegalStateException("A command reached the service without a signed-in user");
		}
		metadata.put(EventMetadata.ACTOR, user.getName());
		metadata.put(EventMetadata.COMMAND_ID, headerOr(COMMAND_ID_HEADER, UUID.randomUUID().toString()));
		if (reason != null) {
			metadata.put(EventMetadata.REASON, reason);
		}
		if (command instanceof CitesLegalBasis citing && citing.legalBasis() != null) {
			metadata.put(EventMetadata.LEGAL_BASIS, citing.legalBasis());
		}
		return GenericCommandMessage.<C>asCommandMessage(command).andMetaData(metadata);
	}

	private String headerOr(String name, String fallback) {
		String value = this.request.getHeader(name);
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

}
