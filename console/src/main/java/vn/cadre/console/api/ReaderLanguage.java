package vn.cadre.console.api;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Asks the services to answer in the language of the page that called them, so a refusal
 * arrives in it. A call outside a page's request (a thread of an upload) names no
 * language and is answered in both, of which the page shows its half.
 */
final class ReaderLanguage implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		LocaleContext reader = LocaleContextHolder.getLocaleContext();
		Locale language = (reader != null) ? reader.getLocale() : null;
		if (language != null && !request.getHeaders().containsKey(HttpHeaders.ACCEPT_LANGUAGE)) {
			request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, language.getLanguage());
		}
		return execution.execute(request, body);
	}

}
