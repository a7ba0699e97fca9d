package vn.cadre.cli;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

	private int sent;

	private int replayed;

	private final List<String> refusals = new ArrayList<>();

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
		table.refused().forEach(row -> this.refusals.add("dòng / line " + row.line() + ": " + row.reason()));
		PrintWriter out = this.cadre.spec.commandLine().getOut();
		List<RestructuringTable.Row> rows = table.rows();
		try {
			RestructuringPlan plan = RestructuringPlanner.plan(
					new RestructuringPlanner.Terms(this.effective, this.basis, this.reason, this.registeredFrom), rows,
					rows.isEmpty() ? List.of() : register());
			int total = plan.registrationCount() + rows.size();
			int registered = register(out, plan.registrations(), total);
			int done = plan.registrationCount();
			int resolutions = 0;
			for (RestructuringPlan.Resolution resolution : plan.resolutions()) {
				resolutions += send(resolution.command()) ? 1 : 0;
				done += resolution.rows();
				progress(out, done, total);
			}
			for (RestructuringPlan.Command dissolution : plan.dissolutions()) {
				send(dissolution);
			}
			out.println();
			out.println("Đăng ký / registered: " + registered + " đơn vị / units; nghị quyết / resolutions: "
					+ resolutions + "; thành lập / formed: " + plan.formed() + " (hợp nhất / merges: " + plan.merges()
					+ ", chia tách / with split parts: " + plan.splits() + "); giữ nguyên / kept: " + plan.kept()
					+ " (đổi tên / renamed: " + plan.renamed() + "); huyện kết thúc / districts ended: "
					+ plan.dissolutions().size() + "; lệnh mới / new commands: " + (this.sent - this.replayed)
					+ ", đã có / already recorded: " + this.replayed + "; từ chối / refused: " + this.refusals.size());
			this.refusals.forEach(refusal -> out.println("  " + refusal));
			out.flush();
			return this.refusals.isEmpty() ? 0 : Api.REFUSED;
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
	 * Sends the registrations level by level (provinces, districts, communes), each level
	 * in parallel: units of one level do not depend on each other.
	 */
	private int register(PrintWriter out, List<List<RestructuringPlan.Command>> levels, int total) throws IOException {
		int accepted = 0;
		int done = 0;
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, this.parallel));
		try {
			for (List<RestructuringPlan.Command> level : levels) {
				List<Future<Boolean>> sent = new ArrayList<>();
				for (RestructuringPlan.Command registration : level) {
					sent.add(pool.submit(() -> send(registration)));
				}
				for (Future<Boolean> result : sent) {
					try {
						accepted += result.get() ? 1 : 0;
					}
					catch (ExecutionException ex) {
						throw (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IOException("interrupted", ex);
					}
					progress(out, ++done, total);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		return accepted;
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

	private boolean send(RestructuringPlan.Command command) throws IOException {
		CommandAnswer answer = api().command(command.path(), command.body(), command.commandId());
		synchronized (this) {
			return counted(answer, command.what());
		}
	}

	/** One client for the whole import, so its connections are reused. */
	private synchronized Api api() {
		if (this.client == null) {
			this.client = this.cadre.api();
		}
		return this.client;
	}

	private boolean counted(CommandAnswer answer, String what) {
		this.sent++;
		if (answer.replayed()) {
			this.replayed++;
		}
		if (!answer.accepted()) {
			this.refusals.add(what + ": " + answer.status() + " " + answer.detail());
			return false;
		}
		return true;
	}

	private void progress(PrintWriter out, long done, long total) {
		if (this.progress == null) {
			this.progress = new ProgressBar.Printer(out, "rows");
		}
		this.progress.show(done, total);
	}

}
