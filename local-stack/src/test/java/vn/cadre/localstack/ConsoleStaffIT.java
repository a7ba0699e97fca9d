package vn.cadre.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's forms in a real browser, on the real stack with the Bình Lư scenario
 * loaded: a member of staff assigns a post in new Bình Lư and reads what was recorded in
 * words; the unit's dashboard shows the change on the very next page (read-your-writes,
 * no waiting), a form sent twice stores it once, and a rule-breaking assignment comes
 * back with the rule's Vietnamese words next to the field and nothing stored. A viewer is
 * refused the forms. Each screen is saved under {@code target/console-screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleStaffIT {

	private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

	private static final String STAFF = "can-bo-nghiep-vu";

	private static final String VIEWER = "can-bo-xem";

	/** The new commune's dashboard for the two-level model, where the changes count. */
	private static final String DASHBOARD = "/dashboard?scope=UNIT&unitId=binh-lu&level=COMMUNE&period=two-level-model";

	@TempDir
	static Path data;

	@TempDir
	static Path profile;

	static ScenarioStack.Shared shared;

	static LocalStack stack;

	static Browser browser;

	static String staffPassword;

	static String viewerPassword;

	static long concurrentHoldingsBefore;

	@BeforeAll
	static void startTheStackWithTheScenario() throws Exception {
		shared = ScenarioStack.changing();
		stack = shared.stack();
		// reading the register (the unit picker, the dashboards) is the viewer's role
		staffPassword = shared.user(STAFF, "STAFF,VIEWER");
		viewerPassword = shared.user(VIEWER, "VIEWER");
		// two communes for the console to merge
		for (String[] commune : new String[][] { { "xa-thu-mot", "99901", "Thử Một" },
				{ "xa-thu-hai", "99902", "Thử Hai" } }) {
			TestStacks.Run registered = TestStacks.cadre(stack, "units", "register", "--id", commune[0], "--code",
					commune[1], "--name", commune[2], "--type", "COMMUNE", "--parent", "lai-chau", "--established-on",
					"2026-01-01", "--basis", "05-QĐ/TU");
			assertThat(registered.exit()).as(registered.err()).isZero();
		}
		browser = Browser.start(profile, SCREENSHOTS);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		// the stack, holding this class's changes, serves InvalidInputIT next or stops
		// when the tests end
	}

	@Test
	@Order(1)
	void aMemberOfStaffSignsIn_andTheStaffHomeListsTheForms() throws Exception {
		browser.open(stack.consoleUrl() + "/staff");
		browser.signIn(STAFF, staffPassword);

		browser.awaitText("#signed-in-user", STAFF);
		assertThat(browser.url()).startsWith(stack.consoleUrl() + "/staff");
		assertThat(browser.find("h1").getText()).isEqualTo("Ghi nhận thay đổi");
		assertThat(browser.find("#form-assign").getText()).isEqualTo("Phân công chức danh");
		assertThat(browser.find("#nav-staff").getText()).isEqualTo("Ghi nhận thay đổi");
		browser.screenshot("staff-01-trang-ghi-nhan");
		assertNoConsoleErrors();
	}

	@Test
	@Order(2)
	void assigningAPost_saysWhatWasRecorded_andTheDashboardShowsItAtOnce_once() throws Exception {
		browser.open(stack.consoleUrl() + DASHBOARD);
		concurrentHoldingsBefore = Long.parseLong(figure("CONCURRENT_HOLDINGS"));
		assertNoConsoleErrors();

		browser.click("#nav-staff");
		browser.click("#form-assign");
		browser.find("#assign-form");
		assertThat(browser.find("label[for=postCode]").getText()).isEqualTo("Chức danh");
		assertThat(browser.value("#commandId")).as("a command id given with the form").startsWith("console-");
		browser.screenshot("staff-02-phan-cong-trong");
		assertNoConsoleErrors();

		pickBinhLu();
		assertThat(browser.all("#postCode option[value='COURT_PRESIDENT']")).as("the posts of the commune level only")
			.isEmpty();
		choosePost("FRONT_CHAIR");
		browser.type("#personId", "can-bo-35");
		setDate("#from", "2026-01-01");
		browser.click("#concurrent");
		browser.type("#legalBasis", "05-QĐ/TU");
		browser.type("#reason", "Kiêm nhiệm Chủ tịch Ủy ban Mặt trận Tổ quốc xã (ghi nhận thử)");
		// the locality the command side would record, before anything is sent
		assertThat(browser.find("#locality-finding strong").getText()).isIn("Người địa phương.",
				"Không phải người địa phương.");
		assertThat(browser.find("#locality-basis").getText()).startsWith("Căn cứ: quê quán").contains("03415");
		browser.screenshot("staff-03-phan-cong-da-dien");

		// the same form sent twice, as a double click or a reload would: once in the
		// background, then by its button
		Object firstAnswer = browser.script("const form = document.getElementById('assign-form');"
				+ "const request = new XMLHttpRequest(); request.open('POST', form.action, false);"
				+ "request.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');"
				+ "request.send(new URLSearchParams(new FormData(form)).toString()); return request.status;");
		assertThat(firstAnswer).isEqualTo(200L);
		browser.click("#save");

		browser.find("#recorded");
		assertThat(browser.find("h1").getText()).isEqualTo("Đã ghi nhận phân công");
		assertThat(browser.find("#recorded-sentence").getText()).isEqualTo(
				"Người có mã can-bo-35 giữ chức danh Chủ tịch Ủy ban Mặt trận Tổ quốc tại Bình Lư từ ngày 01/01/2026, theo văn bản 05-QĐ/TU.");
		assertThat(browser.find("#recorded-concurrent").getText()).isEqualTo("Chức danh này được ghi là kiêm nhiệm.");
		assertThat(browser.find("#unit-timeline").getAttribute("href"))
			.isEqualTo(stack.consoleUrl() + "/units/binh-lu/timeline");
		assertThat(browser.text()).as("persons by id only").doesNotContain("Cán bộ 35");
		browser.screenshot("staff-04-da-ghi-nhan");
		assertNoConsoleErrors();

		// the next page, no waiting: the console asks the read side for the person's
		// write
		browser.click("#unit-dashboard");
		browser.find("#figures");
		assertThat(browser.url()).contains("unitId=binh-lu").contains("level=COMMUNE");
		assertThat(Long.parseLong(figure("CONCURRENT_HOLDINGS"))).as("one more holding, stored once")
			.isEqualTo(concurrentHoldingsBefore + 1);
		assertThat(browser.find("#measure-CONCURRENT_HOLDINGS").getText())
			.contains("Chủ tịch Ủy ban Mặt trận Tổ quốc + Chỉ huy trưởng Ban Chỉ huy Quân sự: 1");
		browser.screenshot("staff-05-bang-so-lieu-sau-phan-cong");
		assertNoConsoleErrors();
	}

	@Test
	@Order(3)
	void registeringALegalDocument_saysWhatWasRegistered() throws Exception {
		browser.open(stack.consoleUrl() + "/staff");
		browser.click("#form-document");
		browser.find("#document-form");
		browser.type("#number", "07-QĐ/ĐU");
		setDate("#issuedOn", "2026-05-04");
		browser.type("#issuer", "Ban Thường vụ Đảng ủy xã Bình Lư");
		browser.script("document.getElementById('kind').value = 'DECISION';");
		browser.type("#title", "Phân công cán bộ kiêm nhiệm (minh họa)");
		browser.screenshot("staff-06a-dang-ky-van-ban");
		browser.click("#save");

		browser.find("#recorded");
		assertThat(browser.find("#recorded-sentence").getText()).isEqualTo(
				"Quyết định số 07-QĐ/ĐU ngày 04/05/2026 của Ban Thường vụ Đảng ủy xã Bình Lư: Phân công cán bộ kiêm nhiệm (minh họa).");
		browser.screenshot("staff-06b-da-dang-ky-van-ban");
		assertNoConsoleErrors();
	}

	@Test
	@Order(4)
	void aSecondPartySecretary_isRefusedNextToThePost_withTheValuesKept_andNothingStored() throws Exception {
		browser.open(stack.consoleUrl() + DASHBOARD);
		String secretaryChairsCommittee = figure("SECRETARY_CHAIRS_COMMITTEE");

		browser.open(stack.consoleUrl() + "/staff/assign?unitId=binh-lu");
		assertThat(browser.value("#unit-id")).isEqualTo("binh-lu");
		assertThat(browser.value("#unit-search")).isEqualTo("Bình Lư (03390)");
		choosePost("PARTY_SECRETARY");
		browser.type("#personId", "can-bo-32");
		setDate("#from", "2026-02-01");
		browser.click("#concurrent");
		browser.type("#legalBasis", "05-QĐ/TU");
		String firstCommandId = browser.value("#commandId");
		browser.click("#save");

		browser.find("#error-postCode");
		assertThat(browser.find("#error-postCode").getText()).startsWith("Chức danh Bí thư cấp ủy đã có người giữ")
			.contains("can-bo-31")
			.doesNotContain("already has a holder");
		assertThat(browser.find("#refusal").getText()).contains("Không ghi nhận được")
			.contains("Chưa có gì được ghi nhận");
		assertThat(browser.all("#error-form")).as("the words are next to the field, not above the form").isEmpty();
		assertThat(browser.value("#postCode")).isEqualTo("PARTY_SECRETARY");
		assertThat(browser.value("#personId")).isEqualTo("can-bo-32");
		assertThat(browser.value("#from")).isEqualTo("2026-02-01");
		assertThat(browser.value("#legalBasis")).isEqualTo("05-QĐ/TU");
		assertThat(browser.find("#concurrent").isSelected()).isTrue();
		assertThat(browser.value("#commandId")).as("a corrected form is a new command").isNotEqualTo(firstCommandId);
		browser.screenshot("staff-06-vi-pham-quy-tac");
		assertNoConsoleErrors();

		browser.open(stack.consoleUrl() + DASHBOARD);
		assertThat(figure("SECRETARY_CHAIRS_COMMITTEE")).as("nothing stored").isEqualTo(secretaryChairsCommittee);
		assertThat(Long.parseLong(figure("CONCURRENT_HOLDINGS"))).isEqualTo(concurrentHoldingsBefore + 1);
		assertNoConsoleErrors();
	}

	@Test
	@Order(5)
	void registeringAPerson_withTheOriginPickedByCode_saysWhoWasRegistered() throws Exception {
		browser.open(stack.consoleUrl() + "/staff");
		browser.click("#form-person");
		browser.find("#command-form");
		assertThat(browser.find("h1").getText()).isEqualTo("Đăng ký người");
		browser.type("#personId", "can-bo-90");
		browser.type("#name", "Cán bộ 90");
		browser.type("#birthYear", "1985");
		browser.type("#hometownCode-search", "Sơn B");
		browser.click("#field-hometownCode .pick-unit[data-unit-id='xa-son-binh']");
		assertThat(browser.value("#hometownCode")).as("the code is kept, not the unit").isEqualTo("03413");
		setDate("#hometownOn", "2017-01-01");
		browser.screenshot("staff-08a-dang-ky-nguoi");
		browser.click("#save");

		browser.find("#recorded");
		assertThat(browser.find("#recorded-sentence").getText())
			.isEqualTo("Người có mã can-bo-90, sinh năm 1985, quê quán đơn vị mã 03413 (tính tại ngày 01/01/2017).");
		browser.screenshot("staff-08b-da-dang-ky-nguoi");
		assertNoConsoleErrors();
	}

	@Test
	@Order(6)
	void theUnitsPage_listsTheMandateJustAssigned_andEndsIt_withARefusalNextToTheDayFirst() throws Exception {
		browser.open(stack.consoleUrl() + "/staff");
		browser.type("#unit-search", "Bình L");
		browser.click(".pick-unit[data-unit-id='binh-lu']");
		browser.click("#open-unit-button");

		browser.find("#mandates");
		assertThat(browser.url()).isEqualTo(stack.consoleUrl() + "/staff/units/binh-lu");
		assertThat(browser.find("h1").getText()).isEqualTo("Bình Lư (03390)");
		String row = frontChairRow();
		assertThat(browser.find(row).getText()).contains("can-bo-35").contains("01/01/2026").contains("kiêm nhiệm");
		browser.screenshot("staff-09-trang-don-vi");
		assertNoConsoleErrors();

		browser.click(row + " a.mandate-end");
		browser.find("#subject-mandate");
		assertThat(browser.find("#subject-mandate").getText()).contains(
				"Người có mã can-bo-35 giữ chức danh Chủ tịch Ủy ban Mặt trận Tổ quốc tại Bình Lư (03390), từ 01/01/2026 đến nay.");
		setDate("#lastDay", "2025-12-01");
		browser.script("document.getElementById('cause').value = 'RESIGNED';");
		browser.type("#legalBasis", "05-QĐ/TU");
		browser.click("#save");

		browser.find("#error-lastDay");
		assertThat(browser.find("#error-lastDay").getText()).startsWith("Ngày cuối 2025-12-01 trước ngày nhiệm vụ")
			.doesNotContain("comes before");
		assertThat(browser.find("#refusal").getText()).contains("Chưa có gì được ghi nhận");
		assertThat(browser.value("#cause")).isEqualTo("RESIGNED");
		browser.screenshot("staff-10-ket-thuc-bi-tu-choi");
		assertNoConsoleErrors();

		setDate("#lastDay", "2026-06-30");
		browser.click("#save");
		browser.find("#recorded");
		assertThat(browser.find("#recorded-sentence").getText()).isEqualTo(
				"Người có mã can-bo-35 thôi giữ chức danh Chủ tịch Ủy ban Mặt trận Tổ quốc tại Bình Lư (03390) sau ngày 30/06/2026 (Từ chức, xin thôi), theo văn bản 05-QĐ/TU.");
		browser.click("#unit-desk");
		assertThat(browser.find(frontChairRow()).getText()).as("the page reads the write at once")
			.contains("30/06/2026");
		assertNoConsoleErrors();
	}

	@Test
	@Order(7)
	void correctingThenRescindingTheMandate_leavesTheDashboardAsBeforeTheAssignment() throws Exception {
		browser.open(stack.consoleUrl() + "/staff/units/binh-lu");
		browser.click(frontChairRow() + " a.mandate-correct");
		assertThat(browser.value("#from")).as("the form starts from the mandate as believed").isEqualTo("2026-01-01");
		assertThat(browser.value("#until")).isEqualTo("2026-06-30");
		assertThat(browser.value("#postCode")).isEqualTo("FRONT_CHAIR");
		setDate("#from", "2026-02-01");
		browser.type("#legalBasis", "05-QĐ/TU");
		browser.type("#reason", "Ngày bắt đầu ghi nhầm");
		browser.click("#save");
		browser.find("#recorded");
		assertThat(browser.find("#recorded-sentence").getText()).contains("từ 01/02/2026 đến 30/06/2026");
		browser.screenshot("staff-11-dinh-chinh");

		browser.click("#unit-desk");
		assertThat(browser.find(frontChairRow()).getText()).contains("01/02/2026");
		browser.click(frontChairRow() + " a.mandate-rescind");
		browser.type("#legalBasis", "05-QĐ/TU");
		browser.type("#reason", "Quyết định kiêm nhiệm chưa được ban hành");
		browser.click("#save");
		browser.find("#recorded");
		assertThat(browser.find("#recorded-sentence").getText()).isEqualTo(
				"Nhiệm vụ của người có mã can-bo-35, chức danh Chủ tịch Ủy ban Mặt trận Tổ quốc tại Bình Lư (03390), bị hủy bỏ theo văn bản 05-QĐ/TU.");
		browser.screenshot("staff-12-huy-bo");
		assertNoConsoleErrors();

		browser.open(stack.consoleUrl() + DASHBOARD);
		assertThat(Long.parseLong(figure("CONCURRENT_HOLDINGS"))).as("a rescinded mandate never counted")
			.isEqualTo(concurrentHoldingsBefore);
		assertNoConsoleErrors();
	}

	@Test
	@Order(8)
	void aBriefing_andARename_areRecordedFromTheUnitsPage() throws Exception {
		browser.open(stack.consoleUrl() + DASHBOARD);
		long briefings = Long.parseLong(figure("BRIEFINGS"));

		browser.open(stack.consoleUrl() + "/staff/units/binh-lu");
		browser.click("#unit-briefing");
		setDate("#heldOn", "2026-04-10");
		browser.type("#title", "Hội nghị quán triệt Chỉ thị số 45-CT/TW (ghi nhận thử)");
		browser.type("#documents", "45-CT/TW\n01-KH/ĐU");
		browser.type("#attendances", "150");
		browser.click("#save");
		browser.find("#recorded");
		assertThat(browser.find("#recorded-sentence").getText()).isEqualTo(
				"Bình Lư (03390): hội nghị ngày 10/04/2026 \"Hội nghị quán triệt Chỉ thị số 45-CT/TW (ghi nhận thử)\", 150 lượt người dự, quán triệt 45-CT/TW; 01-KH/ĐU.");
		browser.open(stack.consoleUrl() + DASHBOARD);
		assertThat(Long.parseLong(figure("BRIEFINGS"))).isEqualTo(briefings + 1);

		browser.open(stack.consoleUrl() + "/staff/units/binh-lu/rename");
		assertThat(browser.value("#name")).as("the current name to start from").isEqualTo("Bình Lư");
		browser.type("#name", "Bình Lư Mới");
		setDate("#effectiveOn", "2026-09-01");
		browser.type("#legalBasis", "05-QĐ/TU");
		browser.click("#save");
		browser.find("#recorded");
		assertThat(browser.find("#recorded-sentence").getText())
			.isEqualTo("Bình Lư (03390) mang tên \"Bình Lư Mới\" từ ngày 01/09/2026, theo văn bản 05-QĐ/TU.");
		browser.click("#unit-desk");
		assertThat(browser.find("h1").getText()).isEqualTo("Bình Lư Mới (03390)");
		browser.screenshot("staff-13-doi-ten");
		assertNoConsoleErrors();
	}

	@Test
	@Order(9)
	void mergingTwoCommunes_picksEachUnit_andOpensTheNewUnitsPage() throws Exception {
		browser.open(stack.consoleUrl() + "/staff/new/merger");
		for (String unitId : new String[] { "xa-thu-mot", "xa-thu-hai" }) {
			browser.type("#predecessorIds-search", "Thử");
			browser.click("#field-predecessorIds .pick-unit[data-unit-id='" + unitId + "']");
		}
		assertThat(browser.all("#predecessorIds-picked li")).hasSize(2);
		browser.type("#code", "99903");
		browser.type("#name", "Thử Ba");
		browser.script("document.getElementById('type').value = 'COMMUNE';");
		browser.type("#parentId-search", "Lai Ch");
		browser.click("#field-parentId .pick-unit[data-unit-id='lai-chau']");
		setDate("#effectiveOn", "2026-10-01");
		browser.type("#legalBasis", "05-QĐ/TU");
		browser.screenshot("staff-14a-sap-nhap");
		browser.click("#save");

		browser.find("#recorded");
		assertThat(browser.find("#recorded-sentence").getText()).isEqualTo(
				"Các đơn vị Thử Một (99901), Thử Hai (99902) được sáp nhập thành Xã Thử Ba (mã 99903) từ ngày 01/10/2026, theo văn bản 05-QĐ/TU.");
		browser.screenshot("staff-14b-da-sap-nhap");
		browser.click("#unit-desk");
		assertThat(browser.find("h1").getText()).isEqualTo("Thử Ba (99903)");
		assertThat(browser.find("#unit-facts").getText()).isEqualTo("Xã, hoạt động từ 01/10/2026 đến nay.");
		assertNoConsoleErrors();
	}

	@Test
	@Order(10)
	void uploadingAProvincesOfficialTable_showsProgressLive_andTheSummary_andTheNewUnitsAreInTheRegister()
			throws Exception {
		browser.open(stack.consoleUrl() + "/staff");
		browser.click("#form-restructuring");
		browser.find("#table").sendKeys(haNamTable().toString());
		setDate("#effective", "2025-07-01");
		browser.type("#basis", "1670/NQ-UBTVQH15");
		browser.screenshot("staff-15a-nhap-bang");
		browser.click("#save");

		browser.awaitText("#import-status", "Đã xử lý");
		String midway = browser.find("#import-status").getText();
		browser.screenshot("staff-15b-dang-nhap-bang");
		String summary = browser.findWithin("#import-summary", Duration.ofMinutes(5)).getText();
		assertThat(midway).as("progress shown before the end").doesNotContain("Đã xong");
		// Hà Nam's 98 communes became 33 of Ninh Bình's, by one resolution
		assertThat(summary).startsWith("Đã xong:")
			.contains("1 nghị quyết (33 đơn vị mới")
			.contains("0 đã ghi nhận từ trước")
			.endsWith("0 bị từ chối.");
		assertThat(browser.find("#import-progress").getDomProperty("value"))
			.isEqualTo(browser.find("#import-progress").getDomProperty("max"));
		assertThat(browser.all("#import-refusals li")).isEmpty();
		browser.screenshot("staff-15c-da-nhap-bang");
		assertNoConsoleErrors();

		// read-your-writes: the register already has the new ward on the next page
		browser.open(stack.consoleUrl() + "/staff");
		browser.type("#unit-search", "13285");
		browser.find("#unit-options .pick-unit");
		// the code was an old commune's until the merger, and is the new ward's since
		assertThat(browser.all("#unit-options .pick-unit")).extracting(WebElement::getText)
			.contains("Quang Trung (13285) · 01/01/2008–30/06/2025", "Phủ Lý (13285)");
	}

	@Test
	@Order(11)
	void theSameTableAgain_recordsNothingNew_andAnUnregisteredBasisSendsNothing() throws Exception {
		browser.open(stack.consoleUrl() + "/staff/restructuring");
		browser.find("#table").sendKeys(haNamTable().toString());
		setDate("#effective", "2025-07-01");
		browser.type("#basis", "1670/NQ-UBTVQH15");
		browser.click("#save");
		String summary = browser.findWithin("#import-summary", Duration.ofMinutes(2)).getText();
		assertThat(summary).contains("; 0 lệnh mới,").endsWith("0 bị từ chối.");

		browser.open(stack.consoleUrl() + "/staff/restructuring");
		browser.find("#table").sendKeys(haNamTable().toString());
		setDate("#effective", "2025-07-01");
		browser.type("#basis", "99/NQ-KHONG-CO");
		browser.click("#save");
		assertThat(browser.find("#error-basis").getText()).isEqualTo(
				"Văn bản 99/NQ-KHONG-CO chưa được đăng ký; hãy đăng ký văn bản trước. Chưa có lệnh nào được gửi.");
		assertThat(browser.find("#missing").getText()).contains("Chưa có gì được ghi nhận.");
		assertThat(browser.all("#import").get(0).isDisplayed()).as("no progress shown").isFalse();
		browser.screenshot("staff-15d-van-ban-chua-dang-ky");
	}

	@Test
	@Order(20)
	void aViewer_isRefusedTheStaffForms_inVietnamese() throws Exception {
		browser.click("header form.inline button");
		browser.find("#username");

		browser.open(stack.consoleUrl() + "/staff/assign");
		browser.signIn(VIEWER, viewerPassword);

		browser.awaitText("#refusal", "Chỉ cán bộ nghiệp vụ hoặc quản trị viên mới được ghi nhận thay đổi.");
		assertThat(browser.find("h1").getText()).isEqualTo("Không có quyền ghi nhận");
		assertThat(browser.all("#nav-staff")).as("no way in from the top bar").isEmpty();
		assertThat(browser.all("#assign-form")).isEmpty();
		browser.screenshot("staff-07-khong-co-quyen");
		// the page keeps its status, which the browser notes; nothing else
		assertThat(browser.consoleErrors()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("status of 403");
	}

	@Test
	@Order(30)
	void tooManyWrongPasswords_areAnsweredOnTheSignInPage_inVietnamese() throws Exception {
		// last: the failures count against this machine's address too
		browser.click("header form.inline button");
		for (int attempt = 0; attempt <= 10 && browser.all("#locked").isEmpty(); attempt++) {
			browser.signIn("khong-co-ai", "sai-mat-khau");
			browser.find("#username");
		}
		assertThat(browser.find("#locked").getText())
			.matches("Đăng nhập sai quá nhiều lần. Hãy thử lại sau \\d+ giây.");
		assertThat(browser.find("#username").isDisplayed()).as("still the sign-in page").isTrue();
		browser.screenshot("staff-16-dang-nhap-bi-tam-khoa");
	}

	/** Hà Nam's rows of the official table, as a province office would upload them. */
	private static Path haNamTable() throws IOException {
		Path table = data.resolve("ha-nam.csv");
		if (Files.exists(table)) {
			return table;
		}
		try (InputStream fixture = ConsoleStaffIT.class
			.getResourceAsStream("/fixtures/restructuring-2025-lai-chau-ha-nam.csv")) {
			List<String> lines = new String(fixture.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			List<String> haNam = new ArrayList<>(List.of(lines.get(0)));
			lines.stream().filter((line) -> line.split(",")[5].equals("35")).forEach(haNam::add);
			return Files.write(table, haNam, StandardCharsets.UTF_8);
		}
	}

	/** The row of the unit's page that lists the front chair's mandate of can-bo-35. */
	private static String frontChairRow() {
		return browser.all("#mandates tbody tr")
			.stream()
			.filter((row) -> row.getText().contains("can-bo-35") && row.getText().contains("Mặt trận"))
			.map((row) -> "#mandates tr[id='" + row.getAttribute("id") + "']")
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for the front chair of can-bo-35"));
	}

	/** Searches as a person types, picks the new commune, and waits for its posts. */
	private static void pickBinhLu() {
		browser.type("#unit-search", "Bình L");
		browser.click(".pick-unit[data-unit-id='binh-lu']");
		assertThat(browser.value("#unit-id")).isEqualTo("binh-lu");
		browser.value("#postCode option[value='FRONT_CHAIR']");
	}

	private static void choosePost(String code) {
		browser.value("#postCode option[value='" + code + "']");
		browser.script("document.getElementById('postCode').value = arguments[0];", code);
	}

	/**
	 * A date input's own widget depends on the browser's language; its value does not.
	 */
	private static void setDate(String css, String isoDate) {
		browser.find(css);
		browser.script("document.querySelector(arguments[0]).value = arguments[1];", css, isoDate);
	}

	private static String figure(String measure) {
		return browser.find("#measure-" + measure + " .value").getText();
	}

	private static void assertNoConsoleErrors() {
		assertThat(browser.consoleErrors()).as("errors in the browser's console").isEmpty();
	}

}
