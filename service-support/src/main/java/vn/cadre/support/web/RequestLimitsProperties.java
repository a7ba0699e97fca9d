package vn.cadre.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on requests ({@code cadre.http.*}). The defaults leave room for the largest
 * legitimate body, a province's restructuring resolution listing a few hundred units.
 *
 * @param maxBodyBytes the largest request body
 * @param maxStringLength the longest text value in a JSON body
 * @param maxListLength the most items in one JSON list
 * @param maxNestingDepth the deepest nesting of objects and lists
 */
@ConfigurationProperties("cadre.http")
public record RequestLimitsProperties(@DefaultValue("4MB") DataSize maxBodyBytes,
		@DefaultValue("20000") int maxStringLength, @DefaultValue("20000") int maxListLength,
		@DefaultValue("32") int maxNestingDepth) {

}
