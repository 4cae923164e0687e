package org.mentorhub.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through chromedriver, with lookups that reach into the
 * components' shadow roots and screenshots saved under {@code target/ui-screenshots}.
 */
final class Browser implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(45);

  /** Finds the first element matching a selector in the document or any shadow root in it. */
  private static final String DEEP_FIND =
      """
      const [selector, text] = arguments;
      const queue = [document];
      while (queue.length) {
        const root = queue.shift();
        for (const el of root.querySelectorAll(selector)) {
          if (!text || el.textContent.includes(text)) return el;
        }
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) queue.push(el.shadowRoot);
      }
      return null;
      """;

  private final ChromeDriver driver;
  private final Path userDataDir;
  private final Path screenshots;

  Browser() {
    try {
      userDataDir = Files.createTempDirectory("mentorhub-chromium");
      screenshots = Path.of("target", "ui-screenshots");
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("mentorhub.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1200,1000",
        "--user-data-dir=" + userDataDir);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("mentorhub.it.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  void open(String url) {
    driver.get(url);
  }

  JavascriptExecutor js() {
    return driver;
  }

  /**
   * Waits for an element (across shadow roots) matching {@code selector} and holding {@code text}.
   */
  WebElement find(String selector, String text) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(JavascriptException.class)
        .withMessage(() -> "no element " + selector + (text == null ? "" : " with text " + text))
        .until(d -> (WebElement) driver.executeScript(DEEP_FIND, selector, text));
  }

  WebElement find(String selector) {
    return find(selector, null);
  }

  /** Waits until no element matches; used for things that should disappear. */
  void waitGone(String selector, String text) {
    new WebDriverWait(driver, WAIT)
        .ignoring(JavascriptException.class)
        .withMessage(() -> selector + " with " + text + " is still there")
        .until(d -> driver.executeScript(DEEP_FIND, selector, text) == null);
  }

  /** The element inside {@code scope}'s subtree (its own shadow root included). */
  WebElement within(WebElement scope, String selector, String text) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(JavascriptException.class)
        .withMessage(() -> "no " + selector + " with " + text + " inside " + scope)
        .until(
            d ->
                (WebElement)
                    driver.executeScript(
                        """
                        const [scope, selector, text] = arguments;
                        const queue = [scope];
                        if (scope.shadowRoot) queue.push(scope.shadowRoot);
                        while (queue.length) {
                          const root = queue.shift();
                          for (const el of root.querySelectorAll(selector)) {
                            if (!text || el.textContent.includes(text)) return el;
                          }
                          for (const el of root.querySelectorAll('*')) {
                            if (el.shadowRoot) queue.push(el.shadowRoot);
                          }
                        }
                        return null;
                        """,
                        scope,
                        selector,
                        text));
  }

  /**
   * Clicks the element matching {@code selector} and {@code text} inside the first element matching
   * {@code scopeSelector} and {@code scopeText}, looking both up again while the page re-renders
   * under it.
   */
  void clickIn(String scopeSelector, String scopeText, String selector, String text) {
    new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(JavascriptException.class)
        .ignoring(org.openqa.selenium.TimeoutException.class)
        .withMessage(() -> "could not click " + selector + " " + text + " in " + scopeSelector)
        .until(
            d -> {
              within(find(scopeSelector, scopeText), selector, text).click();
              return true;
            });
  }

  /** Waits until a condition in the page (a JS expression over the deep finder) holds. */
  void waitUntil(String description, java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(JavascriptException.class)
        .withMessage(description)
        .until(d -> condition.get());
  }

  /**
   * Signs the demo pages in as a member with a host token: the demo bar keeps its session in
   * sessionStorage, so a reload picks it up.
   */
  void signIn(String base, String page, String sub, String token, List<String> groups) {
    // A same-origin page without the demo bar, so nothing signs in by itself meanwhile.
    open(base + "ui/mentorhub.js");
    driver.executeScript(
        "sessionStorage.setItem('mentorhub.demo.session', JSON.stringify({sub: arguments[0],"
            + " name: 'Test ' + arguments[0], groups: arguments[2], token: arguments[1]}));",
        sub,
        token,
        groups);
    open(base + "ui/" + page);
  }

  void setWidth(int width) {
    driver.manage().window().setSize(new Dimension(width, 1000));
  }

  /** Saves the whole page (the window grown to the document's height) as {@code name}.png. */
  void screenshot(String name) {
    Dimension before = driver.manage().window().getSize();
    Number height =
        (Number)
            driver.executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
    driver
        .manage()
        .window()
        .setSize(new Dimension(before.getWidth(), Math.min(4000, height.intValue() + 140)));
    try {
      Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(userDataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A leftover temp folder is harmless.
    }
  }
}
