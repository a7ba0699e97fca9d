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
			throw new IllegalArgumentException("Lý do đang để trống; nếu không có thì bỏ trường reason đi"
					+ " / The reason is empty; leave the field out instead");
		}
		String header = this.request.getHeader(REASON_HEADER);
		if (header == null || header.isBlank()) {
			return fromBody;
		}
		if (!header.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
			throw new IllegalArgumentException(
					"X-Reason chỉ nhận chữ ASCII; hãy ghi lý do vào trường reason của nội dung"
							+ " / X-Reason takes ASCII only; put the reason in the body's reason field");
		}
		if (fromBody != null && !fromBody.equals(header.strip())) {
			throw new IllegalArgumentException("Lý do ghi ở cả X-Reason và trường reason, khác nhau; chỉ ghi một nơi"
					+ " / The reason is given in both X-Reason and the body's reason field, differently; give it once");
		}
		return header.strip();
	}

	private <C> CommandMessage<C> wrap(C command, String reason) {
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
