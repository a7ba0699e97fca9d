package vn.cadre.cli;

import vn.cadre.scenario.restructuring.PlanSender;
import vn.cadre.scenario.restructuring.RestructuringPlan;
import vn.cadre.scenario.restructuring.RestructuringPlanner;
import vn.cadre.scenario.restructuring.RestructuringTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cadre import-restructuring FILE.csv}: reads the official old → new table, has
 * {@link RestructuringPlanner} turn it into commands, sends them and sums up what was
 * recorded and what was refused.
 */
@Command(name = "import-restructuring",
		description = "Import the official old -> new commune table (CSV, see shared fixtures README) as registrations, "
				+ "one resolution per new province, and the end of the districts; importing twice changes nothing.")
final class RestructuringImportCommand implements Callable<Integer> {

	@ParentCommand
	Cadre cadre;

	@Parameters(paramLabel = "FILE.csv")
	Path file;

	@Option(names = "--effective", required = true, description = "first day of the new units, e.g. 2025-07-01")
	LocalDate effective;

	@Option(names = "--basis", required = true, description = "number of the registered resolution")
	String basis;

	@Option(names = "--reason", description = "sent with every command of the import: " + Bodies.REASON)
	String reason;

	@Option(names = "--registered-from", defaultValue = RestructuringPlanner.Terms.REGISTERED_FROM_TEXT,
			description = "establishment date given to old units the register does not have yet (the table does "
					+ "not say; default ${DEFAULT-VALUE})")
	LocalDate registeredFrom;

	private static final int PAGE = 500;

	@Option(names = "--parallel", defaultValue = "4",
			description = "registrations sent at once (default ${DEFAULT-VALUE})")
	int parallel;

	private Api client;

	private ProgressBar.Printer progress;

	@Override
	public Integer call() {
		RestructuringTable.Parsed table;
		try {
			table = RestructuringTable.read(this.file);
		}
		catch (IOException ex) {
			this.cadre.err().println("Không đọc được bảng / Cannot read " + this.file + ": " + ex.getMessage());
			this.cadre.err().flush();
			return Api.REFUSED;
		}
		int unregistered = CitedDocuments.requireRegistered(this.cadre, api(), citedDocuments());
		if (unregistered != 0) {
			return unregistered;
		}
		List<String> refusals = new ArrayList<>();
		table.refused().forEach(row -> refusals.add("dòng / line " + row.line() + ": " + row.reason()));
		PrintWriter out = this.cadre.spec.commandLine().getOut();
		List<RestructuringTable.Row> rows = table.rows();
		try {
			RestructuringPlan plan = RestructuringPlanner.plan(
					new RestructuringPlanner.Terms(this.effective, this.basis, this.reason, this.registeredFrom), rows,
					rows.isEmpty() ? List.of() : register());
			PlanSender.Outcome sent = new PlanSender(this::send, this.parallel).send(plan,
					(done, total) -> progress(out, done, total));
			refusals.addAll(sent.refusals());
			out.println();
			out.println("Đăng ký / registered: " + sent.registered() + " đơn vị / units; nghị quyết / resolutions: "
					+ sent.resolutions() + "; thành lập / formed: " + plan.formed() + " (hợp nhất / merges: "
					+ plan.merges() + ", chia tách / with split parts: " + plan.splits() + "); giữ nguyên / kept: "
					+ plan.kept() + " (đổi tên / renamed: " + plan.renamed() + "); huyện kết thúc / districts ended: "
					+ plan.dissolutions().size() + "; lệnh mới / new commands: " + sent.newCommands()
					+ ", đã có / already recorded: " + sent.alreadyRecorded() + "; từ chối / refused: "
					+ refusals.size());
			refusals.forEach(refusal -> out.println("  " + refusal));
			out.flush();
			return refusals.isEmpty() ? 0 : Api.REFUSED;
		}
		catch (IOException ex) {
			if (api().failure() == Api.BEHIND || api().failure() == Api.NOT_SERVED) {
				return api().failure();
			}
			this.cadre.err().println("Cannot reach the services (" + ex.getMessage() + ")");
			this.cadre.err().flush();
			return Api.UNREACHABLE;
		}
	}

	/**
	 * The documents the import's commands cite: the resolution given as the basis. (The
	 * table names no document of its own; its note column is free text.)
	 */
	private Set<String> citedDocuments() {
		return Set.of(this.basis);
	}

	/**
	 * The units the register holds, read once, page by page: one pass over the register
	 * instead of one query per row.
	 */
	private List<RestructuringPlanner.RegisteredUnit> register() throws IOException {
		List<RestructuringPlanner.RegisteredUnit> register = new ArrayList<>();
		for (int page = 0;; page++) {
			Optional<JsonNode> units = api().exchange(this.cadre.reportingUrl,
					"/api/units?page=" + page + "&size=" + PAGE, "GET");
			if (units.isEmpty()) {
				throw new IOException("the register (reporting-service) did not answer");
			}
			units.get()
				.forEach(unit -> register.add(new RestructuringPlanner.RegisteredUnit(unit.path("unitId").asText(),
						unit.path("code").asText(), LocalDate.parse(unit.path("establishedOn").asText()),
						unit.path("dissolvedOn").isTextual() ? LocalDate.parse(unit.path("dissolvedOn").asText())
								: null)));
			if (units.get().size() < PAGE) {
				return register;
			}
		}
	}

	private PlanSender.Answer send(RestructuringPlan.Command command) throws IOException {
		CommandAnswer answer = api().command(command.path(), command.body(), command.commandId());
		return answer.accepted() ? PlanSender.Answer.accepted(answer.replayed())
				: PlanSender.Answer.refused(answer.status() + " " + answer.detail());
	}

	/** One client for the whole import, so its connections are reused. */
	private synchronized Api api() {
		if (this.client == null) {
			this.client = this.cadre.api();
		}
		return this.client;
	}

	private void progress(PrintWriter out, long done, long total) {
		if (this.progress == null) {
			this.progress = new ProgressBar.Printer(out, "rows");
		}
		this.progress.show(done, total);
	}

}
