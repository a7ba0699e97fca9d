package vn.cadre.support.web;

import java.util.List;

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
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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

	/**
	 * Request bodies are read strictly ({@link StrictJson}). Only Spring MVC's converters
	 * are replaced: the converter bean also serves HTTP clients built by Spring, which
	 * read what servers answer and must not refuse a line break in a dead letter's error.
	 */
	@Bean
	WebMvcConfigurer strictRequestBodies() {
		return new WebMvcConfigurer() {

			@Override
			public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
				converters.replaceAll(converter -> (converter.getClass() == MappingJackson2HttpMessageConverter.class)
						? new MappingJackson2HttpMessageConverter(StrictJson
							.strict(((MappingJackson2HttpMessageConverter) converter).getObjectMapper().copy()))
						: converter);
			}

		};
	}

	@Bean
	FilterRegistrationBean<BodySizeLimit> bodySizeLimit(RequestLimitsProperties limits, ObjectMapper objectMapper) {
		FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
				new BodySizeLimit(limits.maxBodyBytes().toBytes(), new ProblemResponses(objectMapper)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
