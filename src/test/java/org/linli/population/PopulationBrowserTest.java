package org.linli.population;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.linli.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The population pages on the demo city's seeded residents: a grid worker's door-knock
 * round on a phone, a community worker's search and edit, and a resident's self-update
 * that the community approves.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "linli.demo.enabled=true")
class PopulationBrowserTest {

	static final String PASSWORD = "Linli@2026";

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
	void gridWorkerConfirmsTheResidentsOfAHouseOnAPhoneAndSeesItVerified() {
		browser.manage().window().setSize(new Dimension(390, 844));
		logIn("grid1");
		browser.get(url("/population/knock"));
		assertThat(text("grid-name")).contains("天井湖社区");
		List<WebElement> buildings = browser.findElements(By.cssSelector("#building-list a[id^='building-']"));
		assertThat(buildings).isNotEmpty();
		buildings.get(buildings.size() > 1 ? 1 : 0).click();
		WebElement house = wait.until(d -> d.findElements(By.cssSelector("div.card[id^='house-']"))
			.stream()
			.filter(card -> !card.getText().contains("未登记居民") && card.getText().contains("待核实"))
			.findFirst()
			.orElse(null));
		String houseId = house.getAttribute("id").substring("house-".length());
		// With the demo's door knocks the first house still to verify may lie below the
		// fold: jump to its button as a person scrolls to it (smooth scrolling would move
		// it under the pointer mid-click).
		press("knock-" + houseId);
		List<WebElement> occupants = wait
			.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#knock-form [id^='occupant-']")));
		assertThat(occupants).as("residents listed at the house").isNotEmpty();
		assertThat(browser.findElement(By.id("outcome-VERIFIED")).isSelected()).isTrue();
		press("knock-submit");

		assertThat(text("knock-recorded")).contains("已核实");
		WebElement badge = browser.findElement(By.cssSelector("#house-" + houseId + " .badge"));
		assertThat(badge.getText()).isEqualTo("已核实");
		// The newest knock: a house to verify again may have been knocked on half a year
		// ago.
		long confirmed = jdbc.sql("select confirmed from population_knock where house_id = :h order by id desc limit 1")
			.param("h", Long.parseLong(houseId))
			.query(Long.class)
			.single();
		assertThat(confirmed).isEqualTo(occupants.size());

		browser.get(url("/population/freshness"));
		assertThat(text("summary-verified")).matches("\\d+(\\.\\d)?%?");
	}

	@Test
	void communityWorkerFindsAResidentByNameEditsTheEmploymentAndSeesItInTheHistory() {
		String name = jdbc.sql("""
				select r.name from population_resident r
				 where r.path <@ (select path from region_node where id =
				                  (select region_id from identity_account where username = 'community1'))
				   and r.employment = 'EMPLOYED' and r.account_id is null
				   and not exists (select 1 from population_resident_tag t where t.resident_id = r.id)
				   and (select count(*) from population_resident o where o.name = r.name) = 1
				 order by r.id limit 1""").query(String.class).single();
		logIn("community1");
		browser.get(url("/population"));
		browser.findElement(By.id("search-q")).sendKeys(name);
		press("search-submit");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#resident-table a")));
		browser.findElement(By.linkText(name)).click();
		assertThat(text("resident-name")).isEqualTo(name);
		assertThat(text("resident-id-number")).matches("\\d\\*{15}[\\dX]{2}");
		assertThat(text("resident-employment")).isEqualTo("在职");

		press("edit-resident");
		browser.findElement(By.cssSelector("#more > summary")).click();
		new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("employment"))))
			.selectByValue("SELF_EMPLOYED");
		press("save");

		assertThat(text("resident-employment")).isEqualTo("个体/自由职业");
		assertThat(text("history")).contains("就业状况").contains("SELF_EMPLOYED");

		browser.get(url("/population/freshness"));
		assertThat(text("summary-verified")).matches("\\d+(\\.\\d)?%?");
		assertThat(browser.findElements(By.cssSelector("#freshness-table tr[id^='freshness-']"))).hasSizeGreaterThan(1);
	}

	@Test
	void residentProposesANewEducationThatTheCommunityApproves() {
		logIn("13905620002");
		browser.get(url("/me/record"));
		String name = text("my-name");
		String current = jdbc
			.sql("""
					select coalesce(r.education, '') from population_resident r join identity_account a on a.id = r.account_id
					 where a.username = '13905620002'""")
			.query(String.class)
			.single();
		String wanted = "DOCTORATE".equals(current) ? "MASTER" : "DOCTORATE";
		String label = "DOCTORATE".equals(wanted) ? "博士" : "硕士";
		new Select(browser.findElement(By.id("p-education"))).selectByValue(wanted);
		press("proposal-submit");
		WebElement outcome = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notice, #form-error")));
		assertThat(outcome.getAttribute("id") + ": " + outcome.getText()).as("education was " + current)
			.isEqualTo("notice: 已提交，社区审核后生效");
		long proposal = jdbc.sql("""
				select p.id from population_proposal p join population_resident r on r.id = p.resident_id
				 join identity_account a on a.id = r.account_id
				 where a.username = '13905620002' and p.status = 'PENDING'""").query(Long.class).single();

		logIn("community1");
		browser.get(url("/population/proposals"));
		assertThat(text("proposal-row-" + proposal)).contains(name).contains(label);
		browser.findElement(By.id("proposal-open-" + proposal)).click();
		press("approve-submit");
		assertThat(text("proposal-status")).isEqualTo("已通过");

		logIn("13905620002");
		browser.get(url("/me/record"));
		assertThat(text("my-education")).isEqualTo(label);
		assertThat(browser.findElement(By.cssSelector("#proposal-" + proposal + " .proposal-status")).getText())
			.isEqualTo("已通过");
	}

	/** Logs in afresh (the old session's cookies dropped). */
	private void logIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-role")));
	}

	/**
	 * Clicks a button, scrolled to the middle of the window first: at the bottom of a
	 * long form the fixed footer would take the click.
	 */
	private void press(String id) {
		WebElement element = browser.findElement(By.id(id));
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private String text(String id) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
