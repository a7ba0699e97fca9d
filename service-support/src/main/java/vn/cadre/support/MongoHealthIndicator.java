package vn.cadre.support;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** UP when the MongoDB server answers a ping. */
class MongoHealthIndicator extends AbstractHealthIndicator {

	private final MongoClient mongo;

	MongoHealthIndicator(MongoClient mongo) {
		super("MongoDB health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.getDatabase("admin").runCommand(new Document("ping", 1));
		builder.up().withDetail("ping", answer.get("ok"));
	}

}
