package org.tahaluf.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the binary and driver paths set so nothing
 * is downloaded. {@link #available()} is false where Chromium is not installed (tests skip there;
 * {@code .ci/run} installs it).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /**
     * Loads a page of the app afresh (from a blank page, so never just a change of the URL's hash) and
     * waits until its route has rendered; returns the milliseconds that took.
     */
    long open(String url) {
        driver.get("about:blank");
        long start = System.nanoTime();
        driver.get(url);
        waitUntilReady();
        return (System.nanoTime() - start) / 1_000_000;
    }

    void waitUntilReady() {
        // polled every 10 ms (the default is 500 ms, which would swamp the page load times measured)
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(10)).until(d -> "true".equals(
                d.findElement(By.id("page")).getAttribute("data-ready")));
    }

    /** Forgets every file the browser kept: the next page loads as on a first visit. */
    void forgetCachedFiles() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
