package vn.cadre.console;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console is reached and where the services are ({@code cadre.console.*}).
 *
 * @param publicUrl the address people open, which is also the issuer of the tokens the
 * embedded sign-in hands out
 * @param assignmentsUrl the command side's API
 * @param reportingUrl the read side's API
 * @param signingKeyFile the token-signing key (a JWK set, owner-only), created on first
 * start; none means a new key at every start, which signs everyone out
 * @param clientId the console's client id at the issuer, and the audience the services
 * expect in its tokens
 */
@ConfigurationProperties("cadre.console")
public record ConsoleProperties(@DefaultValue("http://127.0.0.1:8080") URI publicUrl,
		@DefaultValue("http://127.0.0.1:8081") URI assignmentsUrl,
		@DefaultValue("http://127.0.0.1:8082") URI reportingUrl, Path signingKeyFile,
		@DefaultValue("cadre-console") String clientId) {

	/** The public address without a trailing slash, for building absolute links. */
	public String base() {
		String text = this.publicUrl.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

}
