package jp.yui.deploy.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium ({@code /usr/bin/chromium}) driven headless through Debian's chromium-driver
 * ({@code /usr/bin/chromedriver}) — installed by {@code .ci/run}, never downloaded by a test.
 */
final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    Chromium(String language) throws IOException {
        profile = Files.createTempDirectory("yui-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=" + language,
                "--window-size=1440,1000");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1440, 1000));
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    void open(String url) {
        driver.get(url);
        awaitVaadin();
    }

    WebElement awaitId(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst()
                        .orElse(null));
    }

    /** Waits until the page's visible text contains {@code text}, and returns that text. */
    String awaitText(String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            String body = pageText();
            return body.contains(text) ? body : null;
        });
    }

    /** The visible text of the page, including Vaadin components' shadow roots where they render text. */
    String pageText() {
        Object text = ((JavascriptExecutor) driver).executeScript("""
                function collect(node, out) {
                  if (node.shadowRoot) collect(node.shadowRoot, out);
                  for (const child of node.childNodes) {
                    if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent);
                    else if (child.nodeType === Node.ELEMENT_NODE && child.tagName !== 'SCRIPT' && child.tagName !== 'STYLE') collect(child, out);
                  }
                  return out;
                }
                return collect(document.body, []).join(' ').replace(/\\s+/g, ' ');
                """);
        return text == null ? "" : text.toString();
    }

    /** Waits until Vaadin has no request in flight. */
    void awaitVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        if (document.readyState !== 'complete') return false;
                        if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;
                        const clients = window.Vaadin.Flow.clients;
                        for (const k of Object.keys(clients)) {
                          if (clients[k].isActive && clients[k].isActive()) return false;
                        }
                        return true;
                        """)));
    }

    /** Fills a Vaadin field (text, number, date, combo box) found by id, as a user types into it. */
    void type(String id, String value) {
        WebElement field = awaitId(id);
        ((JavascriptExecutor) driver).executeScript("""
                const f = arguments[0];
                f.value = arguments[1];
                f.dispatchEvent(new Event('input', {bubbles: true}));
                f.dispatchEvent(new Event('change', {bubbles: true}));
                """, field, value);
        awaitVaadin();
    }

    void click(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", awaitId(id));
        awaitVaadin();
    }

    /** Saves a PNG of the page into {@code docs/screenshots/<name>.png} of the project. */
    Path screenshot(String name) throws IOException {
        awaitVaadin();
        Path dir = Path.of("..", "docs", "screenshots");
        Files.createDirectories(dir);
        Path target = dir.resolve(name + ".png");
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
