package org.linli.events;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.testing.Browser;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop in a real browser: a grid worker snaps a problem (随手拍), the community
 * accepts it and dispatches it by category back to the grid, the grid worker reports the
 * work done, the community verifies and closes it, and the reporter rates it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventLoopBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void open() {
		browser = Browser.startOrSkip();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aSnapshotGoesRoundTheLoopToTheReportersRating() {
		TestCity city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		String gridWorker = accounts.create(Role.GRID_WORKER, city.gridA);
		String community = accounts.create(Role.COMMUNITY_WORKER, city.communityA);

		login(gridWorker);
		browser.findElement(By.id("card-event-report")).click();
		new Select(browser.findElement(By.id("categoryCode"))).selectByValue("0102");
		browser.findElement(By.id("description")).sendKeys("3栋门口垃圾堆了两天");
		// The category suggestions and the nearby events arrive by htmx after typing and
		// choosing, and move the form: wait for them, and press again if the button moved
		// under the pointer, as a person would.
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#suggestions[data-top]")));
		WebElement submit = browser.findElement(By.id("report-submit"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(ElementClickInterceptedException.class).until(d -> {
			// Bootstrap scrolls smoothly: jump instead, and press only once the button
			// itself
			// is what lies under its centre (the map and the htmx parts settle first).
			Object clear = ((JavascriptExecutor) d).executeScript("""
					arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});
					const r = arguments[0].getBoundingClientRect();
					return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === arguments[0];""",
					submit);
			if (!Boolean.TRUE.equals(clear)) {
				return false;
			}
			submit.click();
			return true;
		});
		wait.until(ExpectedConditions.urlMatches("/events/mine/\\d+$"));
		String url = browser.getCurrentUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		assertThat(browser.findElement(By.id("event-description")).getText()).isEqualTo("3栋门口垃圾堆了两天");

		login(community);
		browser.get(url("/events?queue=to-accept"));
		browser.findElement(By.linkText("3栋门口垃圾堆了两天")).click();
		step("accept");
		step("dispatch");
		assertThat(text("event-unit")).isEqualTo("甲社区第1网格");

		login(gridWorker);
		browser.get(url("/events?queue=to-handle"));
		browser.findElement(By.linkText("3栋门口垃圾堆了两天")).click();
		step("start");
		browser.findElement(By.cssSelector("#action-handle textarea[name=note]")).sendKeys("已通知保洁清运");
		step("handle");

		login(community);
		browser.get(url("/events/" + id));
		step("verify");
		step("close");

		login(gridWorker);
		browser.get(url("/events/mine/" + id));
		assertThat(text("event-timeline")).contains("已通知保洁清运").contains("结案");
		browser.findElement(By.cssSelector("label[for=rating-5]")).click();
		browser.findElement(By.id("rate-submit")).click();
		assertThat(text("event-rating")).startsWith("★★★★★");
	}

	private void step(String action) {
		String before = browser.getCurrentUrl();
		var page = browser.findElement(By.tagName("main"));
		browser.findElement(By.id("submit-" + action)).click();
		wait.until(ExpectedConditions.stalenessOf(page));
		assertThat(browser.findElements(By.id("form-error"))).as(action + " on " + before).isEmpty();
	}

	private void login(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-role")));
	}

	private String text(String id) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
