package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cadre.kernel.unit.UnitType;

/**
 * {@code cadre import-restructuring FILE.csv}: turns the official old → new table into
 * commands. Old units missing from the register are registered first; then, for each new
 * province, one resolution (new units from their sources whole or in part, kept units
 * renamed, retyped and moved under the province, a merged province absorbed); then the
 * districts end. Every command has a command id made from the resolution and the codes,
 * so a second import of the same file changes nothing.
 */
@Command(name = "import-restructuring",
		description = "Import the official old -> new commune table (CSV, see shared fixtures README) as registrations, "
				+ "one resolution per new province, and the end of the districts; importing twice changes nothing.")
final class RestructuringImportCommand implements Callable<Integer> {

	private static final List<String> TYPE_WORDS = Stream.of(UnitType.values())
		.map(type -> type.typeWord().toLowerCase(Locale.ROOT))
		.distinct()
		.toList();

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

	@Option(names = "--registered-from", defaultValue = "2008-01-01",
			description = "establishment date given to old units the register does not have yet (the table does "
					+ "not say; default ${DEFAULT-VALUE})")
	LocalDate registeredFrom;

	private static final int PAGE = 500;

	@Option(names = "--parallel", defaultValue = "4",
			description = "registrations sent at once (default ${DEFAULT-VALUE})")
	int parallel;

	private final List<List<Registration>> pending = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

	private Map<String, List<JsonNode>> register;

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
		String slug = this.basis.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		LocalDate lastDay = this.effective.minusDays(1);
		PrintWriter out = this.cadre.spec.commandLine().getOut();

		Map<String, String> ids = new LinkedHashMap<>();
		int registered = 0;
		List<RestructuringTable.Row> rows = table.rows();
		int total = rows.size() * 2;
		int done = 0;
		try {
			for (RestructuringTable.Row row : rows) {
				registered += ensure(ids, row.oldProvinceCode(), row.oldProvinceName(), "PROVINCE", null, lastDay,
						slug);
				registered += ensure(ids, row.newProvinceCode(), row.newProvinceName(), "PROVINCE", null,
						this.effective, slug);
				registered += ensure(ids, row.districtCode(), row.districtName(), "RURAL_DISTRICT",
						ids.get(row.oldProvinceCode()), lastDay, slug);
				if (!row.districtAsSource()) {
					registered += ensure(ids, row.oldCode(), row.oldName(), row.oldType(), ids.get(row.districtCode()),
							lastDay, slug);
				}
			}
			int[] counter = { 0 };
			total = this.pending.stream().mapToInt(List::size).sum() + rows.size();
			registered = register(out, counter, total);
			done = counter[0];
			Map<String, List<RestructuringTable.Row>> byProvince = new LinkedHashMap<>();
			rows.forEach(row -> byProvince.computeIfAbsent(row.newProvinceCode(), code -> new ArrayList<>()).add(row));
			Counts counts = new Counts();
			for (Map.Entry<String, List<RestructuringTable.Row>> province : byProvince.entrySet()) {
				resolution(province.getKey(), province.getValue(), ids, slug, counts);
				done += province.getValue().size();
				progress(out, done, total);
			}
			Set<String> districts = new LinkedHashSet<>();
			rows.stream().filter(row -> !row.districtAsSource()).forEach(row -> districts.add(row.districtCode()));
			rows.stream()
				.filter(RestructuringTable.Row::districtAsSource)
				.forEach(row -> districts.remove(row.districtCode()));
			for (String district : districts) {
				send("/api/units/" + ids.get(district) + "/dissolve",
						Bodies.of("lastDay", lastDay.toString(), "legalBasis", this.basis, "reason", this.reason),
						"restructuring." + slug + ".dissolve." + district, "huyện / district " + district);
				counts.districtsEnded++;
			}
			out.println();
			out.println("Đăng ký / registered: " + registered + " đơn vị / units; nghị quyết / resolutions: "
					+ counts.resolutions + "; thành lập / formed: " + counts.formed + " (hợp nhất / merges: "
					+ counts.merges + ", chia tách / with split parts: " + counts.splits + "); giữ nguyên / kept: "
					+ counts.kept + " (đổi tên / renamed: " + counts.renamed + "); huyện kết thúc / districts ended: "
					+ counts.districtsEnded + "; lệnh mới / new commands: " + (this.sent - this.replayed)
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

	/** Counters for the summary. */
	private static final class Counts {

		int resolutions;

		int formed;

		int merges;

		int splits;

		int kept;

		int renamed;

		int districtsEnded;

	}

	private void resolution(String provinceCode, List<RestructuringTable.Row> rows, Map<String, String> ids,
			String slug, Counts counts) throws IOException {
		String provinceId = ids.get(provinceCode);
		Map<String, List<RestructuringTable.Row>> byNewUnit = new LinkedHashMap<>();
		rows.forEach(row -> byNewUnit.computeIfAbsent(row.newCode(), code -> new ArrayList<>()).add(row));
		List<Map<String, Object>> formations = new ArrayList<>();
		List<Map<String, Object>> changes = new ArrayList<>();
		for (List<RestructuringTable.Row> group : byNewUnit.values()) {
			RestructuringTable.Row first = group.get(0);
			boolean kept = group.size() == 1 && !first.partial() && !first.districtAsSource()
					&& first.oldCode().equals(first.newCode());
			if (kept) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("unitId", ids.get(first.oldCode()));
				if (!bare(first.oldName()).equalsIgnoreCase(bare(first.newName()))) {
					change.put("name", first.newName());
					counts.renamed++;
				}
				if (!first.oldType().equals(first.newType())) {
					change.put("type", first.newType());
				}
				change.put("parentId", provinceId);
				changes.add(change);
				counts.kept++;
				continue;
			}
			List<Map<String, String>> sources = new ArrayList<>();
			for (RestructuringTable.Row row : group) {
				String source = row.districtAsSource() ? ids.get(row.districtCode()) : ids.get(row.oldCode());
				sources.add(Map.of("unitId", source, "share", row.partial() ? "PART" : "WHOLE"));
			}
			formations.add(new LinkedHashMap<>(Map.of("unitId",
					"dvhc-" + first.newCode() + "-" + this.effective.getYear(), "code", first.newCode(), "name",
					first.newName(), "type", first.newType(), "parentId", provinceId, "sources", sources)));
			counts.formed++;
			counts.merges += (sources.size() > 1) ? 1 : 0;
			counts.splits += group.stream().anyMatch(RestructuringTable.Row::partial) ? 1 : 0;
		}
		List<Map<String, Object>> enlargements = new ArrayList<>();
		Set<String> oldProvinces = new LinkedHashSet<>();
		rows.forEach(row -> oldProvinces.add(row.oldProvinceCode()));
		oldProvinces.remove(provinceCode);
		if (!oldProvinces.isEmpty()) {
			enlargements.add(Map.of("unitId", provinceId, "sources",
					oldProvinces.stream().map(code -> Map.of("unitId", ids.get(code), "share", "WHOLE")).toList()));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("restructuringId", ("r-" + slug + "-" + provinceCode).substring(0,
				Math.min(64, ("r-" + slug + "-" + provinceCode).length())));
		body.put("effectiveOn", this.effective.toString());
		body.put("legalBasis", this.basis);
		putReason(body);
		body.put("formations", formations);
		body.put("enlargements", enlargements);
		body.put("changes", changes);
		boolean accepted = send("/api/restructurings", body, "restructuring." + slug + ".province." + provinceCode,
				"tỉnh / province " + provinceCode + " (dòng / lines " + rows.get(0).line() + "-"
						+ rows.get(rows.size() - 1).line() + ")");
		if (accepted) {
			counts.resolutions++;
		}
	}

	private void putReason(Map<String, Object> body) {
		if (this.reason != null) {
			body.put("reason", this.reason);
		}
	}

	/** Registers a unit the register lacks; returns 1 when it did. */
	private int ensure(Map<String, String> ids, String code, String name, String type, String parentId, LocalDate on,
			String slug) throws IOException {
		if (ids.containsKey(code)) {
			return 0;
		}
		Optional<String> existing = unitWithCode(code, on);
		if (existing.isPresent()) {
			ids.put(code, existing.get());
			return 0;
		}
		String unitId = "dvhc-" + code;
		ids.put(code, unitId);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitId", unitId);
		body.put("code", code);
		body.put("name", name);
		body.put("type", type);
		if (parentId != null) {
			body.put("parentId", parentId);
		}
		body.put("establishedOn", this.registeredFrom.toString());
		body.put("legalBasis", this.basis);
		putReason(body);
		int level = type.equals("PROVINCE") ? 0 : type.equals("RURAL_DISTRICT") ? 1 : 2;
		this.pending.get(level)
			.add(new Registration(body, "restructuring." + slug + ".register." + code, "đơn vị / unit " + code));
		return 1;
	}

	/** A registration to send once the units above it exist. */
	private record Registration(Map<String, Object> body, String commandId, String what) {

	}

	/**
	 * Sends the registrations level by level (provinces, districts, communes), each level
	 * in parallel: units of one level do not depend on each other.
	 */
	private int register(PrintWriter out, int[] done, int total) throws IOException {
		int accepted = 0;
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, this.parallel));
		try {
			for (List<Registration> level : this.pending) {
				List<Future<Boolean>> sent = new ArrayList<>();
				for (Registration registration : level) {
					sent.add(pool.submit(() -> send("/api/units", registration.body(), registration.commandId(),
							registration.what())));
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
					progress(out, ++done[0], total);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		return accepted;
	}

	/**
	 * The unit that carried {@code code} on {@code on}, from the register read once, page
	 * by page: one pass over the register instead of one query per row.
	 */
	private Optional<String> unitWithCode(String code, LocalDate on) throws IOException {
		if (this.register == null) {
			this.register = new HashMap<>();
			for (int page = 0;; page++) {
				Optional<JsonNode> units = api().exchange(this.cadre.reportingUrl,
						"/api/units?page=" + page + "&size=" + PAGE, "GET");
				if (units.isEmpty()) {
					throw new IOException("the register (reporting-service) did not answer");
				}
				units.get()
					.forEach(unit -> this.register.computeIfAbsent(unit.path("code").asText(), key -> new ArrayList<>())
						.add(unit));
				if (units.get().size() < PAGE) {
					break;
				}
			}
		}
		return this.register.getOrDefault(code, List.of())
			.stream()
			.filter(unit -> !LocalDate.parse(unit.path("establishedOn").asText()).isAfter(on)
					&& (!unit.path("dissolvedOn").isTextual()
							|| !LocalDate.parse(unit.path("dissolvedOn").asText()).isBefore(on)))
			.map(unit -> unit.path("unitId").asText())
			.findFirst();
	}

	private boolean send(String path, Map<String, ?> body, String commandId, String what) throws IOException {
		CommandAnswer answer = api().command(path, body, commandId);
		synchronized (this) {
			return counted(answer, what);
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

	private static String bare(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String word : TYPE_WORDS) {
			if (lower.startsWith(word + " ")) {
				return name.substring(word.length() + 1).strip();
			}
		}
		return name;
	}

	private void progress(PrintWriter out, long done, long total) {
		if (this.progress == null) {
			this.progress = new ProgressBar.Printer(out, "rows");
		}
		this.progress.show(done, total);
	}

}
