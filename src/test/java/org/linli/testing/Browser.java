package org.linli.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests. Where Chromium or its driver is missing the
 * test is skipped with a message saying what to install, never failed or silently passed.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	private static final Path DRIVER = Path
		.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	private Browser() {
	}

	public static WebDriver startOrSkip() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!present) {
			System.out.println("SKIPPED browser test: no Chromium at " + CHROMIUM + " or no driver at " + DRIVER
					+ " (apt-get install chromium chromium-driver)");
		}
		Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=zh-CN", "--accept-lang=zh-CN,zh");
		// A browser in China asks for Chinese; headless Chromium otherwise sends en-US.
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

}
