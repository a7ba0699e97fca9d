package vn.cadre.reporting.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The database of the read models; each projection owns its collections in it. */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

	@Bean
	MongoDatabase readModels(MongoClient mongo, ReportingProperties properties) {
		return mongo.getDatabase(properties.database());
	}

}
