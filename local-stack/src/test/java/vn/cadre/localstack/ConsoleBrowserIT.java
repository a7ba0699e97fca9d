package vn.cadre.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in a real browser, on the real stack with the Bình Lư scenario loaded:
 * one sign-in in Vietnamese, the report's figures on the dashboards with their evidence
 * and files, persons by id only for a viewer, and no error in the browser's console on
 * any page. Each screen is saved under {@code target/console-screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

	@TempDir
	static Path profile;

	static ScenarioStack.Shared shared;

	static LocalStack stack;

	static Browser browser;

	static String viewerPassword;

	static String auditorPassword;

	/** Just before the police chief's mandate in new Bình Lư was rescinded. */
	static Instant beforeRescission;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTheStackWithTheScenario() throws Exception {
		shared = ScenarioStack.asLoaded();
		stack = shared.stack();
		viewerPassword = shared.user("can-bo-xem", "VIEWER");
		auditorPassword = shared.user("can-bo-kiem-tra", "AUDITOR");
		browser = Browser.start(profile, SCREENSHOTS);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	@Order(1)
	void aPersonIsSentToOneSignInInVietnamese_andAWrongPasswordIsSaidSo() throws Exception {
		browser.open(stack.consoleUrl() + "/dashboard");
		browser.find("#username");
		assertThat(browser.url()).startsWith(stack.consoleUrl() + "/login");
		assertThat(browser.title()).contains("Đăng nhập");
		assertThat(browser.text()).contains("Tên đăng nhập").contains("Mật khẩu");
		browser.screenshot("01-dang-nhap");

		browser.signIn("can-bo-xem", "not-the-password");

		browser.awaitText(".error", "Tên đăng nhập hoặc mật khẩu không đúng.");
		browser.screenshot("02-dang-nhap-sai");
		assertNoConsoleErrors();
	}

	@Test
	@Order(2)
	void aViewerSignsIn_landsOnThePageTheyAskedFor_andTheHomePageNamesTheirRole() throws Exception {
		browser.signIn("can-bo-xem", viewerPassword);

		browser.awaitText("#signed-in-user", "can-bo-xem");
		assertThat(browser.url()).startsWith(stack.consoleUrl() + "/dashboard");
		browser.open(stack.consoleUrl() + "/");
		assertThat(browser.text()).contains("Xem số liệu").contains("Bảng số liệu theo kỳ và phạm vi");
		browser.screenshot("03-trang-chu");
		assertNoConsoleErrors();
	}

	@Test
	@Order(3)
	void theDashboard_givesTheReportsOldModelFigures_forBinhLuAndItsPredecessors() throws Exception {
		browser.open(stack.consoleUrl() + "/dashboard");
		browser.type("#unit-search", "Bình L");
		browser.click(".pick-unit[data-unit-id='binh-lu']");
		assertThat(browser.value("#unit-id")).isEqualTo("binh-lu");
		browser.script("document.getElementById('scope').value = 'LINEAGE';"
				+ "document.getElementById('period').value = 'old-model';");
		browser.click("#show");

		browser.find("#figures");
		assertThat(figure("SECRETARY_OR_DEPUTY_CHAIRS_COUNCIL")).isEqualTo("3");
		assertThat(browser.find("#measure-SECRETARY_OR_DEPUTY_CHAIRS_COUNCIL").getText()).contains("trên 3");
		assertThat(figure("SECRETARY_CHAIRS_COMMITTEE")).isEqualTo("0");
		assertThat(figure("NON_LOCAL_KEY_POSTS")).isEqualTo("13");
		assertThat(figure("BRIEFINGS")).isEqualTo("48");
		assertThat(figure("BRIEFING_ATTENDANCES")).isEqualTo("660");
		assertThat(browser.find("#period-days").getText()).isEqualTo("Từ 01/01/2017 đến 30/06/2025");
		assertThat(browser.all("#chart svg")).as("the chart is drawn").isNotEmpty();
		browser.screenshot("04-bang-so-lieu-mo-hinh-cu");
		assertNoConsoleErrors();
	}

	@Test
	@Order(4)
	void everyFigureOpensItsEvidence_withPersonsByIdOnly() throws Exception {
		browser.click("#measure-NON_LOCAL_KEY_POSTS a.figure");

		browser.find("#figure-value");
		assertThat(browser.find("#figure-value").getText()).isEqualTo("13");
		assertThat(browser.all("table.evidence tbody tr")).hasSize(13);
		assertThat(browser.text()).contains("can-bo-").doesNotContain("Cán bộ 0");
		browser.screenshot("05-can-cu");
		assertNoConsoleErrors();

		browser.click("#back");
		assertThat(figure("NON_LOCAL_KEY_POSTS")).isEqualTo("13");
	}

	@Test
	@Order(5)
	void whatIsOnScreen_downloadsAsCsvXlsxAndDocx() throws Exception {
		String csv = new String(download("#export-csv"), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("period,from,until,measure").contains("NON_LOCAL_KEY_POSTS").contains(",13,");
		for (String format : new String[] { "xlsx", "docx" }) {
			byte[] file = download("#export-" + format);
			assertThat(new String(file, 0, 2, StandardCharsets.US_ASCII)).as(format + " is an Office Open XML package")
				.isEqualTo("PK");
		}
	}

	@Test
	@Order(6)
	void theTwoLevelModel_forTheNewCommune_andTheReportAsAPage() throws Exception {
		browser.open(stack.consoleUrl()
				+ "/dashboard?scope=UNIT&unitId=binh-lu&level=COMMUNE&period=custom&from=2025-07-01&until=2026-06-30");
		assertThat(figure("SECRETARY_CHAIRS_COUNCIL")).isEqualTo("1");
		assertThat(figure("SECRETARY_CHAIRS_COMMITTEE")).isEqualTo("0");
		assertThat(figure("NON_LOCAL_KEY_POSTS")).isEqualTo("5");
		browser.screenshot("06-bang-so-lieu-mo-hinh-moi");
		assertNoConsoleErrors();

		browser.open(stack.consoleUrl() + "/units/binh-lu/report?until=2026-06-30");
		browser.find("#report-text");
		assertThat(browser.text()).contains("48 hội nghị tuyên truyền, phổ biến với 660 lượt người tham gia")
			.contains("Xã đang thực hiện bố trí 05 chức danh trọng yếu không phải là người địa phương");
		browser.screenshot("07-bao-cao");
		assertNoConsoleErrors();
	}

	@Test
	@Order(7)
	void theNationalView_listsEachProvince_andOpensItsDashboard() throws Exception {
		browser.open(stack.consoleUrl() + "/national?period=two-level-model");
		browser.find("#provinces");
		assertThat(browser.all("#provinces tbody tr")).isNotEmpty();
		browser.screenshot("08-toan-quoc");
		assertNoConsoleErrors();

		browser.click("#provinces tbody tr a");
		browser.find("#figures");
		assertThat(browser.url()).contains("scope=PROVINCE");
	}

	@Test
	@Order(8)
	void aViewerAskingWhatWasKnownAtAnEarlierTime_isToldItIsNotTheirs() throws Exception {
		browser.open(stack.consoleUrl()
				+ "/dashboard?scope=UNIT&unitId=binh-lu&period=old-model&knownAt=2026-01-01T00:00:00Z");
		browser.awaitText("#refusal", "Bạn không có quyền xem nội dung này.");
		browser.screenshot("09-khong-co-quyen");
		// the page keeps the service's status, which the browser notes; nothing else
		assertThat(browser.consoleErrors()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("status of 403");
	}

	@Test
	@Order(9)
	void englishIsOneClickAway_andStays() throws Exception {
		browser.open(stack.consoleUrl() + "/dashboard?scope=LINEAGE&unitId=binh-lu&period=old-model");
		browser.click("#switch-language");
		browser.awaitText("h1", "Dashboard");
		assertThat(browser.find("#period-days").getText()).isEqualTo("From 2017-01-01 until 2025-06-30");
		browser.open(stack.consoleUrl() + "/");
		assertThat(browser.text()).contains("Figures by period and scope");
		browser.screenshot("10-english");
		assertNoConsoleErrors();
	}

	@Test
	@Order(10)
	void aViewer_isRefusedTheEventLog() throws Exception {
		browser.open(stack.consoleUrl() + "/audit?lang=vi");
		browser.awaitText("#refusal", "Bạn không có quyền xem nội dung này.");
		assertThat(browser.all("#nav-audit")).as("the top bar offers a viewer no audit").isEmpty();
		browser.consoleErrors();
	}

	@Test
	@Order(11)
	void anAuditorSeesTheEarlierFigure_whenAskingWhatWasKnownBeforeARescission() throws Exception {
		beforeRescission = Instant.now();
		shared.changed();
		TestStacks.Run rescinded = TestStacks.cadre(stack, "mandates", "rescind", "--unit", "binh-lu", "--mandate",
				"ca", "--reason", "Nhập nhầm người giữ chức danh", "--basis", "05-QĐ/TU");
		assertThat(rescinded.exit()).as(rescinded.err()).isZero();
		// the command line reads its own write, so the read side has applied it
		assertThat(TestStacks.cadre(stack, "units", "show", "binh-lu").exit()).isZero();
		browser.click("button[type=submit]");
		browser.find("#username");
		browser.signIn("can-bo-kiem-tra", auditorPassword);
		browser.awaitText("#signed-in-user", "can-bo-kiem-tra");

		String twoLevel = stack.consoleUrl()
				+ "/dashboard?scope=UNIT&unitId=binh-lu&level=COMMUNE&period=custom&from=2025-07-01&until=2026-06-30";
		browser.open(twoLevel);
		assertThat(figure("NON_LOCAL_KEY_POSTS")).isEqualTo("4");
		browser.open(twoLevel + "&knownAt=" + beforeRescission);
		assertThat(figure("NON_LOCAL_KEY_POSTS")).as("as known before the rescission").isEqualTo("5");
		browser.screenshot("11-kiem-tra-theo-thoi-diem-ghi-nhan");
		assertNoConsoleErrors();

		browser.open(stack.consoleUrl() + "/audit/restatement?scope=UNIT&unitId=binh-lu&period=two-level-model"
				+ "&knownFrom=" + beforeRescission);
		assertThat(browser.find("#change-NON_LOCAL_KEY_POSTS .before").getText()).isEqualTo("5");
		assertThat(browser.find("#change-NON_LOCAL_KEY_POSTS .after").getText()).isEqualTo("4");
		assertThat(browser.find("#explanations").getText()).contains("Nhập nhầm người giữ chức danh");
		browser.screenshot("12-dieu-chinh");
		assertNoConsoleErrors();
	}

	@Test
	@Order(12)
	void theTimeline_redrawsAtAnEarlierRecordTime_andWalksBackIntoThePredecessors() throws Exception {
		browser.open(stack.consoleUrl() + "/units/binh-lu/timeline?asOf=2026-06-30");
		browser.find("#timeline");
		assertThat(browser.all("#holder-ca")).as("the rescinded police chief is no holder now").isEmpty();
		assertThat(browser.all("#post-PARTY_SECRETARY .bar")).isNotEmpty();
		browser.screenshot("13-dong-thoi-gian");
		assertNoConsoleErrors();

		browser.type("#knownAt", beforeRescission.toString());
		browser.click("#redraw");
		browser.find("#holder-ca");
		assertThat(browser.find("#holder-ca").getText()).contains("can-bo-34");

		assertThat(browser.all("a.predecessor")).hasSize(3);
		browser.click("a.predecessor");
		browser.find("#timeline");
		assertThat(browser.all("a.successor")).extracting((link) -> link.getText())
			.anyMatch((text) -> text.contains("Bình Lư"));
		assertThat(browser.all("#timeline .bar")).isNotEmpty();
		browser.screenshot("14-dong-thoi-gian-don-vi-cu");
		assertNoConsoleErrors();
	}

	@Test
	@Order(13)
	void aPersonsPage_listsTheirMandates_andNamesThemForAnAuditor() throws Exception {
		browser.open(stack.consoleUrl() + "/people/can-bo-01");
		browser.find("#mandates");
		assertThat(browser.find("#person-name").getText()).contains("Cán bộ 01");
		assertThat(browser.find("#mandates").getText()).contains("Bí thư");
		browser.screenshot("15-can-bo");
		assertNoConsoleErrors();
	}

	@Test
	@Order(14)
	void theEventLog_filtersByUnitAndType_andVerifiesTheHashChain() throws Exception {
		browser.open(stack.consoleUrl() + "/audit?unitId=binh-lu&type=AssignmentRescinded");
		browser.awaitText("#chain-status", "INTACT");
		assertThat(browser.all("#events tbody tr")).hasSize(1);
		assertThat(browser.find("#events").getText()).contains("Nhập nhầm người giữ chức danh")
			.contains("05-QĐ/TU")
			.contains("admin");
		assertThat(browser.find("#latest-digest").getText()).isNotBlank();
		browser.screenshot("16-nhat-ky");
		assertNoConsoleErrors();
	}

	private static String figure(String measure) {
		return browser.find("#measure-" + measure + " .value").getText();
	}

	private byte[] download(String link) throws Exception {
		String href = browser.find(link).getAttribute("href");
		HttpResponse<byte[]> response = this.http.send(
				HttpRequest.newBuilder(URI.create(href)).header("Cookie", browser.cookieHeader()).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(href).isEqualTo(200);
		return response.body();
	}

	private static void assertNoConsoleErrors() {
		assertThat(browser.consoleErrors()).as("errors in the browser's console").isEmpty();
	}

}
