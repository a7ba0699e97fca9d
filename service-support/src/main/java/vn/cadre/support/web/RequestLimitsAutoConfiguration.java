package vn.cadre.support.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The limits on request bodies. Only the HTTP converter's mapper is limited: the event
 * store and the Kafka consumers read with the application's own mapper, whose inputs were
 * written by the system itself and may legitimately be larger.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class, before = HttpMessageConvertersAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RequestLimitsProperties.class)
public class RequestLimitsAutoConfiguration {

	@Bean
	MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper objectMapper,
			RequestLimitsProperties limits) {
		ObjectMapper limited = objectMapper.copy();
		limited.getFactory()
			.setStreamReadConstraints(StreamReadConstraints.builder()
				.maxStringLength(limits.maxStringLength())
				.maxNestingDepth(limits.maxNestingDepth())
				.build());
		limited.registerModule(new ListLengthLimit(limits.maxListLength()));
		return new MappingJackson2HttpMessageConverter(limited);
	}

	@Bean
	FilterRegistrationBean<BodySizeLimit> bodySizeLimit(RequestLimitsProperties limits, ObjectMapper objectMapper) {
		FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
				new BodySizeLimit(limits.maxBodyBytes().toBytes(), new ProblemResponses(objectMapper)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
