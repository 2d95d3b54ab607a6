package org.linli.region;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.linli.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community worker of the demo city logs in with a real browser and walks the region
 * tree: community → grid (also through the lazy tree) → building → houses; another
 * community stays out of reach; the page switches to English and to large fonts.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "linli.demo.enabled=true")
class RegionTreeBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void communityWorkerWalksFromCommunityToHousesAndNoFurther() {
		long community = jdbc.sql("select region_id from identity_account where username = 'community1'")
			.query(Long.class)
			.single();
		String communityName = name(community);
		long otherCommunity = jdbc.sql("""
				select id from region_node where level = 'COMMUNITY' and id <> :c
				   and path <@ (select path from region_node where code = '340700') order by code limit 1""")
			.param("c", community)
			.query(Long.class)
			.single();

		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("community1");
		browser.findElement(By.id("password")).sendKeys("Linli@2026");
		browser.findElement(By.id("login-submit")).click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-role"))).getText())
			.isEqualTo("社区工作者");

		browser.findElement(By.id("card-regions")).click();
		assertThat(text("node-title")).isEqualTo(communityName);
		List<WebElement> grids = browser.findElements(By.cssSelector("#children a[id^='node-']"));
		assertThat(grids).as("the community's grids").isNotEmpty();

		// The tree on the left loads the community's grids on demand (htmx).
		browser.findElement(By.cssSelector("#region-tree .region-tree-toggle")).click();
		WebElement firstInTree = wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#tree-children-" + community + " a[id^='tree-node-']")));
		String gridName = firstInTree.getText();
		firstInTree.click();
		wait.until(ExpectedConditions.textToBe(By.id("node-title"), gridName));
		assertThat(browser.findElement(By.id("breadcrumb")).getText()).contains(communityName);

		WebElement building = browser.findElement(By.cssSelector("#buildings a[id^='building-']"));
		building.click();
		List<WebElement> houses = wait
			.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#houses tr[id^='house-']")));
		assertThat(houses).as("houses of the building").isNotEmpty();

		// Another community of the same street: as if it did not exist.
		browser.get(url("/regions/" + otherCommunity));
		assertThat(browser.findElements(By.id("node-title"))).isEmpty();
		assertThat(text("error-message")).contains("不在您的管辖范围内");

		browser.get(url("/regions/" + community + "?lang=en"));
		assertThat(browser.findElement(By.id("nav-regions")).getText()).isEqualTo("Regions and houses");
		browser.findElement(By.id("large-font-toggle")).click();
		assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("large-font");

		browser.findElement(By.id("logout")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.get(url("/regions/" + community));
		assertThat(browser.getCurrentUrl()).contains("/login");
	}

	private String name(long id) {
		return jdbc.sql("select name from region_node where id = :id").param("id", id).query(String.class).single();
	}

	private String text(String id) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
