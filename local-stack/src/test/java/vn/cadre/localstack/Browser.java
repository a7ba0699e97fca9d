package vn.cadre.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its ChromeDriver: a real browser for the
 * console's tests, with a screenshot of each screen kept under {@code target/} and the
 * browser's console read after every page.
 */
final class Browser implements AutoCloseable {

	private static final String BINARY = System.getProperty("browser.binary", "/usr/bin/chromium");

	private static final String DRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path screenshots;

	private final WebDriverWait wait;

	private Browser(ChromeDriver driver, Path screenshots) {
		this.driver = driver;
		this.screenshots = screenshots;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	static Browser start(Path profile, Path screenshots) throws IOException {
		Files.createDirectories(screenshots);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		// the closed network of the build machines refuses Chromium's background calls,
		// which would otherwise show up as errors
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=vi");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), screenshots);
	}

	void open(String url) {
		this.driver.get(url);
	}

	WebElement find(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	/** The value of a field, shown or hidden. */
	String value(String css) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)))
			.getDomProperty("value");
	}

	List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/** Fills in the console's sign-in form and sends it. */
	void signIn(String user, String password) {
		type("#username", user);
		type("#password", password);
		click("#sign-in");
	}

	void click(String css) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
	}

	/** Waits longer than the usual half minute, for what takes a while by nature. */
	WebElement findWithin(String css, Duration patience) {
		return new WebDriverWait(this.driver, patience)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	void awaitText(String css, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	String url() {
		return this.driver.getCurrentUrl();
	}

	String title() {
		return this.driver.getTitle();
	}

	/** The session cookie, for fetching a download the way the browser would. */
	String cookieHeader() {
		StringBuilder header = new StringBuilder();
		for (Cookie cookie : this.driver.manage().getCookies()) {
			header.append(header.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
		}
		return header.toString();
	}

	Path screenshot(String name) throws IOException {
		Path file = this.screenshots.resolve(name + ".png");
		Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
		return file;
	}

	/**
	 * What the page wrote to the browser's console at level SEVERE since the last call.
	 */
	List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	Object script(String script, Object... args) {
		return this.driver.executeScript(script, args);
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
