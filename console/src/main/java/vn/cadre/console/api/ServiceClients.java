package vn.cadre.console.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import vn.cadre.console.ConsoleProperties;
import vn.cadre.kernel.post.PostCatalogue;

/**
 * The two services, called as the signed-in person: every request carries that person's
 * access token, so the actor on every event is the person and every role rule is the
 * service's own.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

	static final String REGISTRATION = "cadre";

	@Bean
	ReadSide readSide(RestClient.Builder builder, OAuth2AuthorizedClientManager tokens, ConsoleProperties properties) {
		return new ReadSide(client(builder, tokens, properties.reportingUrl().toString()).mutate()
			.requestInterceptor(new OwnWrites())
			.build());
	}

	@Bean
	CommandSide commandSide(RestClient.Builder builder, OAuth2AuthorizedClientManager tokens,
			ConsoleProperties properties) {
		return new CommandSide(client(builder, tokens, properties.assignmentsUrl().toString()));
	}

	@Bean
	HistoryCheck historyCheck(RestClient.Builder builder, OAuth2AuthorizedClientManager tokens,
			ConsoleProperties properties) {
		return new HistoryCheck(client(builder, tokens, properties.assignmentsUrl().toString()));
	}

	@Bean
	PostTitles postTitles() {
		return new PostTitles(PostCatalogue.standard());
	}

	private static RestClient client(RestClient.Builder builder, OAuth2AuthorizedClientManager tokens, String url) {
		OAuth2ClientHttpRequestInterceptor relay = new OAuth2ClientHttpRequestInterceptor(tokens);
		relay.setClientRegistrationIdResolver((request) -> REGISTRATION);
		return builder.clone()
			.baseUrl(url)
			.requestInterceptor(relay)
			.requestInterceptor(new ReaderLanguage())
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
				throw ServiceRefused.from(request.getURI(), response);
			})
			.build();
	}

}
