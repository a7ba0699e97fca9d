package vn.cadre.console.api;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;
import vn.cadre.kernel.ReadYourWrites;

/**
 * Read-your-writes for a person: the position of the last change they made is kept in
 * their session, and every read they cause asks the read side to have applied it first
 * (the read side waits a bounded time, then answers 503), so the page after a save shows
 * the save.
 */
public final class OwnWrites implements ClientHttpRequestInterceptor {

	static final String ATTRIBUTE = OwnWrites.class.getName() + ".position";

	/** Remembers a position the command side answered with, keeping the highest. */
	public static void remember(long position) {
		HttpSession session = session(true);
		if (session == null) {
			return;
		}
		// an upload sends its commands from several threads of one request
		synchronized (WebUtils.getSessionMutex(session)) {
			Object known = session.getAttribute(ATTRIBUTE);
			if (!(known instanceof Long previous) || previous < position) {
				session.setAttribute(ATTRIBUTE, position);
			}
		}
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		HttpSession session = session(false);
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof Long position) {
			request.getHeaders().set(ReadYourWrites.MIN_POSITION_HEADER, String.valueOf(position));
		}
		return execution.execute(request, body);
	}

	private static HttpSession session(boolean create) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getSession(create);
		}
		return null;
	}

}
