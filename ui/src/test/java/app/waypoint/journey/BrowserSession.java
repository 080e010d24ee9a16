package app.waypoint.journey;

import app.waypoint.account.service.AccountFixtures;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A headless Chromium window of a given size, with the few moves the journeys need. Uses the system's
 * Chromium and ChromeDriver; nothing is downloaded.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final String sizeName;
    private final Path profile;

    BrowserSession(String baseUrl, int width, int height) throws IOException {
        this.baseUrl = baseUrl;
        this.sizeName = width + "x" + height;
        this.profile = Files.createTempDirectory("waypoint-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        fitViewport(width, height);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // a page that re-renders while a wait reads it (a language switch) answers with a stale element: look again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** A browser at width × height, signed in as {@code email}, on the home page that greets them. */
    /**
     * Skips the calling journeys on a machine without Debian's chromium and chromium-driver; in CI (where
     * {@code CI=true}) a missing browser fails instead, so the journeys cannot be skipped there unnoticed.
     */
    static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the browser journeys: install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed,
                "Skipping browser journeys: install Debian's chromium and chromium-driver to run them");
    }

    static BrowserSession signedIn(int port, String email, String greeting, int width, int height) throws IOException {
        BrowserSession browser = new BrowserSession("http://localhost:" + port + "/", width, height);
        browser.open("login");
        browser.logIn(email, AccountFixtures.PASSWORD);
        browser.waitForText("h1", greeting);
        return browser;
    }

    /** Sizes the window so that the page itself, not the window frame, is width × height. */
    private void fitViewport(int width, int height) {
        driver.get("about:blank");
        var inner = (java.util.List<?>) ((JavascriptExecutor) driver)
                .executeScript("return [window.innerWidth, window.innerHeight];");
        Dimension outer = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(
                outer.getWidth() + width - ((Number) inner.get(0)).intValue(),
                outer.getHeight() + height - ((Number) inner.get(1)).intValue()));
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    void click(String css) {
        clickCentered(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))));
    }

    /** Clicks the element matching css whose text contains the given text. */
    void clickText(String css, String text) {
        clickCentered(wait.until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .filter(element -> element.getAttribute("textContent").contains(text))
                .findFirst().orElse(null)));
    }

    /**
     * Clicks the shown element matching css whose text contains the given text: a closed menu's items can stay in
     * the page, hidden, after the menu bar they came from has been replaced.
     */
    void clickShownText(String css, String text) {
        clickCentered(wait.until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .filter(element -> element.getAttribute("textContent").contains(text) && element.isDisplayed())
                .findFirst().orElse(null)));
    }

    /** Chooses a file in the first upload on the page, as picking it in the file dialog would. */
    void upload(Path file) {
        WebElement upload = find("vaadin-upload");
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                        + " || (arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'));",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Posts a file of the given size straight to the first upload's address, past the size limit the page sets, as
     * a hostile client would. Returns the HTTP status, or what failed.
     */
    String postToUpload(int megabytes) {
        String target = find("vaadin-upload").getAttribute("target");
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const form = new FormData();"
                        + "form.append('file', new Blob([new Uint8Array(arguments[1] * 1024 * 1024).fill(65)]), 'big.csv');"
                        + "fetch(arguments[0], {method: 'POST', body: form, credentials: 'same-origin'})"
                        + ".then(r => done(String(r.status)), e => done('failed: ' + e));",
                target, megabytes));
    }

    /** Sends the heartbeat an open tab sends every five minutes, now; returns the HTTP status. */
    String heartbeat() {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('?v-r=heartbeat&v-uiId=0', {method: 'POST', credentials: 'same-origin'})"
                        + ".then(r => done(String(r.status)), e => done('failed: ' + e));"));
    }

    /** Types keys into whatever has the focus, as a person at a keyboard would. */
    void pressKeys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    /** Ctrl+Z (or another key with Ctrl held) into whatever has the focus. */
    void pressWithControl(String key) {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys(key)
                .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
        waitForVaadin();
    }

    void pressEnter(String css) {
        find(css).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForVaadin();
    }

    /** Runs a script in the page and returns what it returns, as text. */
    String script(String javascript) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(javascript));
    }

    /** The elements in the page as the browser holds them, those inside components' shadow roots included. */
    int elementCount() {
        return Integer.parseInt(script("""
                const count = root => [...root.querySelectorAll('*')]
                        .reduce((sum, element) => sum + 1 + (element.shadowRoot ? count(element.shadowRoot) : 0), 0);
                return String(count(document));"""));
    }

    /** Downloads what the link matching css points at, in this browser's session, as UTF-8 text. */
    String download(String css) {
        String href = find(css).getAttribute("href");
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));",
                href));
    }

    /** Downloads what the link matching css points at, in this browser's session, as it is. */
    byte[] downloadBytes(String css) {
        String href = find(css).getAttribute("href");
        String base64 = String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.blob())"
                        + ".then(b => { const reader = new FileReader();"
                        + " reader.onload = () => done(reader.result.split(',')[1]); reader.readAsDataURL(b); },"
                        + " e => done('failed: ' + e));",
                href));
        return java.util.Base64.getDecoder().decode(base64);
    }

    void reload() {
        driver.navigate().refresh();
        waitForVaadin();
    }

    /** Brings the element into the middle of the window, e.g. before a screenshot of something below the fold. */
    void scrollTo(String css) {
        scrollToCenter(find(css));
    }

    /** Scrolls the element to the middle first, so the phone's bottom bar never covers it. */
    private void clickCentered(WebElement element) {
        scrollToCenter(element);
        // an overlay that is still opening (a select's list, say) can take the click: try again until it settles
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(driver -> {
                    ExpectedConditions.elementToBeClickable(element).apply(driver).click();
                    return true;
                });
        waitForVaadin();
    }

    private void scrollToCenter(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * Waits until an element matching css shows the text: as rendered (which includes what a component draws in
     * its shadow DOM) or in its content (which includes what is scrolled out of view). Any of them will do, since
     * a page can hold several (the list of each select on it, say).
     */
    void waitForText(String css, String text) {
        wait.until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .anyMatch(element -> element.getText().contains(text)
                        || String.valueOf(element.getAttribute("textContent")).contains(text)));
    }

    /** Waits until the script, run in the page, returns true. */
    void waitForScript(String javascript) {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(javascript)));
    }

    /**
     * Drags the element matching sourceCss onto the one matching targetCss by sending the browser's own drag events
     * (dragstart, dragenter, dragover, drop, dragend) with one data transfer, as a person's drag makes Chromium send
     * them: Selenium's mouse ({@code Actions.dragAndDrop}) starts no HTML5 drag in Chromium (tried: the card stayed), so
     * the page's drag-and-drop, Vaadin's client side and the server's drop handler, is driven this way.
     */
    void dragWithEvents(String sourceCss, String targetCss) {
        ((JavascriptExecutor) driver).executeScript("""
                const source = arguments[0], target = arguments[1];
                const transfer = new DataTransfer();
                const box = target.getBoundingClientRect();
                const at = {bubbles: true, cancelable: true, composed: true, dataTransfer: transfer,
                        clientX: box.left + box.width / 2, clientY: box.top + box.height / 2};
                source.dispatchEvent(new DragEvent('dragstart', at));
                target.dispatchEvent(new DragEvent('dragenter', at));
                target.dispatchEvent(new DragEvent('dragover', at));
                target.dispatchEvent(new DragEvent('drop', at));
                source.dispatchEvent(new DragEvent('dragend', at));""", find(sourceCss), find(targetCss));
        waitForVaadin();
    }

    /** Waits until exactly this many elements match css. */
    void waitForCount(String css, int count) {
        wait.until(driver -> driver.findElements(By.cssSelector(css)).size() == count);
    }

    void logIn(String email, String password) {
        type("vaadin-login-form input[name='username']", email);
        type("vaadin-login-form input[name='password']", password);
        click("vaadin-login-form vaadin-button");
    }

    void waitForPath(String path) {
        wait.until(ExpectedConditions.urlToBe(baseUrl + path));
        waitForVaadin();
    }

    /** The servlet session cookie, to see that logging in and out issue new sessions. */
    String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** A cookie's value, or null when the browser holds none of that name. */
    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** The path and query the browser shows now. */
    String location() {
        return script("return location.pathname + location.search");
    }

    String attribute(String css, String name) {
        return find(css).getAttribute(name);
    }

    String text(String css) {
        return find(css).getText();
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(sizeName + "-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Waits until the page has loaded and Vaadin has no request in flight. */
    private void waitForVaadin() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow) return false;
                const clients = window.Vaadin.Flow.clients || {};
                return Object.values(clients).every(client => !client.isActive || !client.isActive());""")));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
