package vn.cadre.reporting.messaging.freshness;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How far behind the read side is, per read model, and whether it has caught up. */
@RestController
class ReadSideStatusController {

	private final ReadSideStatus status;

	private final ReadModelsHealthIndicator readiness;

	ReadSideStatusController(ReadSideStatus status, ReadModelsHealthIndicator readiness) {
		this.status = status;
		this.readiness = readiness;
	}

	record StatusView(boolean ready, long appliedThrough, List<ReadSideStatus.ReadModelProgress> readModels) {

	}

	@GetMapping("/api/read-side/status")
	StatusView status() {
		boolean ready = this.readiness.health().getStatus().getCode().equals("UP");
		List<ReadSideStatus.ReadModelProgress> progress = this.status.progress();
		long through = progress.stream().mapToLong(ReadSideStatus.ReadModelProgress::appliedThrough).min().orElse(-1);
		return new StatusView(ready, through, progress);
	}

}
