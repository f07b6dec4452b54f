package jp.yui.deploy.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.yui.deploy.support.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Yui in a real browser: the packaged jar with the demo profile, Debian's headless chromium. Each test signs in as one
 * of the demo users and checks what that user must (and must not) see; the screenshots of the main screens go to
 * {@code docs/screenshots/} (linked from the README).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static NodeProcess app;

    @BeforeAll
    static void startApplication() throws Exception {
        assumeTrue(Chromium.installed() || System.getenv("CI") != null,
                "chromium and chromium-driver are not installed (.ci/run installs them)");
        Path work = Files.createTempDirectory("yui-browser");
        app = NodeProcess.embedded(work, "demo").start("Started YuiApplication", Duration.ofSeconds(300));
    }

    @AfterAll
    static void stopApplication() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
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
    @Order(2)
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() throws Exception {
        try (Chromium browser = new Chromium("ja")) {
            signIn(browser, "nobody", "wrong-password");
            assertThat(browser.awaitText("ログインできませんでした")).contains("ユーザー名またはパスワードが正しくありません");
            assertThat(browser.driver.getCurrentUrl()).contains("login");
        }
    }

    @Test
    @Order(3)
    void theManagerSeesTheDashboardAndThePlanBoardOfTheDemoYear() throws Exception {
        try (Chromium browser = new Chromium("ja")) {
            signIn(browser, "manager", "yui-manager-2026");
            browser.awaitId("dashboard");
            String dashboard = browser.awaitText("あと受けられる時間");
            assertThat(dashboard).contains("島前マルチワーク事業協同組合", "員外利用の上限");
            browser.screenshot("manager-dashboard");

            browser.open(app.baseUrl() + "/plan");
            browser.awaitId("plan-board");
            String board = browser.awaitText("佐藤 陽菜");
            assertThat(board).contains("2026");
            assertThat(browser.driver.findElements(By.cssSelector("#plan-board svg rect")).size())
                    .as("the timeline draws the planned days").isGreaterThan(100);
            browser.screenshot("manager-plan-board");

            for (String screen : new String[] {"members", "workers", "actuals", "ledger", "close", "import"}) {
                browser.open(app.baseUrl() + "/" + screen);
                browser.awaitText("結 Yui");
                browser.screenshot("manager-" + screen);
            }
        }
    }

    @Test
    @Order(4)
    void theManagerPlansAnAssignmentThatACapRefusesAndSeesTheRuleAndTheFigures() throws Exception {
        try (Chromium browser = new Chromium("ja")) {
            signIn(browser, "manager", "yui-manager-2026");
            browser.awaitId("dashboard");
            // business year 2027 has no member use planned yet, so a week at the non-member hotel is above 20 % of
            // the members' use (R-CAP-2) whatever else the demo (or the planner) has planned in 2026
            browser.open(app.baseUrl() + "/assignment?worker=w3&client=hotel&date=2027-04-05");
            browser.awaitId("assignment-view");
            browser.type("assignment-work", "客室清掃（通年）");
            browser.type("assignment-to", "2027-04-09");
            String preview = browser.awaitText("R-CAP-2");
            assertThat(preview).contains("上限を超えるため登録できません");
            browser.screenshot("manager-assignment-preview");
            browser.click("assignment-submit");
            WebElement refusal = browser.awaitId("refusal-message");
            String message = browser.awaitText("R-CAP");
            assertThat(refusal.getText()).contains("R-CAP");
            assertThat(message).contains("%");
            // the form keeps what the user typed
            assertThat(browser.driver.findElement(By.id("assignment-work")).getAttribute("value"))
                    .isEqualTo("客室清掃（通年）");
            browser.screenshot("manager-assignment-refused");
        }
    }

    @Test
    @Order(5)
    void theManagerPlansTheDemoYearWithThePlannerAndAcceptsTheProposal() throws Exception {
        try (Chromium browser = new Chromium("ja")) {
            signIn(browser, "manager", "yui-manager-2026");
            browser.awaitId("dashboard");
            browser.open(app.baseUrl() + "/planner");
            browser.awaitId("planner-jobs");
            browser.awaitText("定置網漁の補助");
            browser.type("planner-seconds", "5");
            browser.click("planner-start");
            WebElement accept = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver,
                    java.time.Duration.ofSeconds(180)).until(d -> {
                        WebElement button = d.findElement(By.id("planner-accept"));
                        return button.isDisplayed() && button.isEnabled()
                                && button.getAttribute("disabled") == null ? button : null;
                    });
            browser.awaitVaadin();
            browser.screenshot("manager-planner");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", accept);
            browser.awaitVaadin();
            String after = browser.awaitText("件の派遣を計画しました");
            assertThat(after).contains("拒否 0 件");
            browser.screenshot("manager-planner-accepted");
        }
    }

    @Test
    @Order(6)
    void theMunicipalityInTheDistrictSeesTheCooperativeAndTheOneOutsideSeesNone() throws Exception {
        try (Chromium browser = new Chromium("ja")) {
            signIn(browser, "ama", "yui-ama-2026");
            browser.awaitId("municipality-charts");
            assertThat(browser.awaitText("島前マルチワーク事業協同組合")).contains("員外利用割合");
            browser.screenshot("municipality-ratios");
        }
        try (Chromium browser = new Chromium("ja")) {
            signIn(browser, "okinoshima", "yui-okinoshima-2026");
            browser.awaitText("この市町村を区域に含む組合はありません");
            assertThat(browser.pageText()).doesNotContain("島前マルチワーク事業協同組合");
            // and the manager's screens are not there for a municipality
            browser.open(app.baseUrl() + "/plan");
            assertThat(browser.driver.findElements(By.id("plan-board"))).isEmpty();
        }
    }

    @Test
    @Order(7)
    void thePrefectureSeesTheRegistryTheAuditTrailAndACooperativeAsOfADate() throws Exception {
        try (Chromium browser = new Chromium("ja")) {
            signIn(browser, "shimane", "yui-shimane-2026");
            browser.awaitId("registry-grid");
            assertThat(browser.awaitText("島前マルチワーク事業協同組合")).contains("令和");
            browser.screenshot("prefecture-registry");
            browser.open(app.baseUrl() + "/audit");
            browser.awaitId("audit-grid");
            // the trail of the prefecture's first cooperative, newest first: the demo's planned dispatches
            assertThat(browser.awaitText("派遣計画")).contains("件目／全");
            browser.screenshot("prefecture-audit");
            browser.open(app.baseUrl() + "/as-of");
            browser.awaitId("asof-cooperative");
            browser.screenshot("prefecture-as-of");
            browser.open(app.baseUrl() + "/integrity");
            browser.awaitId("integrity-verify");
            browser.screenshot("prefecture-integrity");
        }
    }

    @Test
    @Order(8)
    void theAdministratorSeesUsersAndTheReplay() throws Exception {
        try (Chromium browser = new Chromium("ja")) {
            signIn(browser, "admin", "yui-admin-2026");
            browser.awaitId("replay-start");
            browser.screenshot("admin-replay");
            browser.open(app.baseUrl() + "/admin/users");
            browser.awaitId("users-grid");
            assertThat(browser.awaitText("okinoshima")).contains("shimane", "manager");
            browser.screenshot("admin-users");
            // an administrator reads no cooperative's data
            browser.open(app.baseUrl() + "/plan");
            assertThat(browser.driver.findElements(By.id("plan-board"))).isEmpty();
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
