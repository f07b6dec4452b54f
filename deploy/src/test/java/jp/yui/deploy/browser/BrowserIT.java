package jp.yui.deploy.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Yui in a real browser: the packaged jar with the demo profile, Debian's headless chromium. Each test signs in as one
 * of the demo users and checks what that user must (and must not) see; the screenshots of the main screens go to
 * {@code docs/screenshots/} (linked from the README).
 */
class BrowserIT {

    private static RunningJar app;

    @BeforeAll
    static void startApplication() throws Exception {
        assumeTrue(Chromium.installed() || System.getenv("CI") != null,
                "chromium and chromium-driver are not installed (.ci/run installs them)");
        Path work = Files.createTempDirectory("yui-browser");
        app = RunningJar.start(work, "Started YuiApplication");
    }

    @AfterAll
    static void stopApplication() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theLoginPageIsJapaneseByDefault() throws Exception {
        try (Chromium browser = new Chromium("ja")) {
            browser.open(app.baseUrl() + "/");
            browser.awaitId("login-form");
            String text = browser.awaitText("ログイン");
            assertThat(text).contains("ユーザー名", "パスワード");
            browser.screenshot("login");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() throws Exception {
        try (Chromium browser = new Chromium("ja")) {
            signIn(browser, "nobody", "wrong-password");
            assertThat(browser.awaitText("ログインできませんでした")).contains("ユーザー名またはパスワードが正しくありません");
            assertThat(browser.driver.getCurrentUrl()).contains("login");
        }
    }

    static void signIn(Chromium browser, String username, String password) {
        browser.open(app.baseUrl() + "/login");
        browser.awaitId("login-form");
        WebElement user = browser.driver.findElement(By.cssSelector("input[name='username']"));
        user.sendKeys(username);
        WebElement pass = browser.driver.findElement(By.cssSelector("input[name='password']"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        browser.awaitVaadin();
    }
}
