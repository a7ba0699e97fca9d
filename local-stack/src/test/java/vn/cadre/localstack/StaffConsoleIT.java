package vn.cadre.localstack;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

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
class StaffConsoleIT {

	private static final Path SCENARIO = Path.of("..", "scenarios", "binh-lu.json").toAbsolutePath().normalize();

	private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

	private static final String STAFF = "can-bo-nghiep-vu";

	private static final String VIEWER = "can-bo-xem";

	/** The new commune's dashboard for the two-level model, where the changes count. */
	private static final String DASHBOARD = "/dashboard?scope=UNIT&unitId=binh-lu&level=COMMUNE&period=two-level-model";

	@TempDir
	static Path data;

	@TempDir
	static Path profile;

	static LocalStack stack;

	static Browser browser;

	static String staffPassword;

	static String viewerPassword;

	static long concurrentHoldingsBefore;

	@BeforeAll
	static void startTheStackWithTheScenario() throws Exception {
		stack = LocalStack.start(TestStacks.onFreePorts(data, true));
		TestStacks.Run loaded = TestStacks.cadre(stack, "import-scenario", SCENARIO.toString());
		assertThat(loaded.exit()).as(loaded.err()).isZero();
		// reading the register (the unit picker, the dashboards) is the viewer's role
		staffPassword = TestStacks.addUser(stack, STAFF, "STAFF,VIEWER");
		viewerPassword = TestStacks.addUser(stack, VIEWER, "VIEWER");
		browser = Browser.start(profile, SCREENSHOTS);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (stack != null) {
			stack.close();
		}
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
