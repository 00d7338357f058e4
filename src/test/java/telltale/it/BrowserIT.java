package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static telltale.it.ScreeningSystem.profile;
import static telltale.it.ScreeningSystem.screened;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A recruiter and an interviewer in a real headless Chromium: open the card, fill in the
 * interviewer checklist, see the card change. Screenshots go to target/screenshots/.
 */
@ExtendWith(PayaraMicroExtension.class)
class BrowserIT {
  private static final System.Logger LOG = System.getLogger(BrowserIT.class.getName());
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS =
      Path.of(System.getProperty("it.log.dir", "target")).resolve("screenshots");
  static WebDriver browser;

  @BeforeAll
  static void chromium() throws IOException {
    assumeTrue(Files.isExecutable(DRIVER), "Chromium and chromedriver are installed by .ci/run");
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(Path.of("/usr/bin/chromium").toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile").toAbsolutePath());
    // the driver is named explicitly, so Selenium Manager never looks for one to download
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anInterviewersObservationsChangeTheCardARecruiterSees() throws IOException {
    String cardUrl = screened(profile("genuine")).getString("cardUrl");
    browser.get(cardUrl);
    String before = browser.findElement(By.cssSelector(".band-label")).getText();
    shot("card-before");

    browser.findElement(By.linkText("Interviewer checklist")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.name("observations")));
    browser.findElement(By.id("o-camera_refusal")).click();
    browser.findElement(By.id("o-av_desync")).click();
    browser.findElement(By.name("meetingIp")).sendKeys("198.51.100.20");
    shot("interview-form");

    long started = System.nanoTime();
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".band-label")));
    long millis = (System.nanoTime() - started) / 1_000_000;
    String after = browser.findElement(By.cssSelector(".band-label")).getText();
    shot("card-after");
    LOG.log(Level.INFO, "observations submitted -> updated card shown in " + millis + " ms");
    Files.writeString(
        SHOTS.resolve("observation-to-card-ms.txt"), millis + " ms" + System.lineSeparator());

    assertNotEquals(before, after);
    assertTrue(browser.getPageSource().contains("Camera stayed off in interview"));
    assertTrue(browser.getCurrentUrl().contains("/screenings/"));
    assertEquals(0, browser.findElements(By.tagName("script")).size());
  }

  @Test
  void pagesAtSidePanelAndFullWidth() throws IOException {
    String cardUrl = screened(profile("proxy-interview")).getString("cardUrl");
    String hostile = screened(HostileProfile.json()).getString("cardUrl");
    for (int width : new int[] {400, 1280}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      browser.get(cardUrl);
      shot("card-" + width);
      browser.findElement(By.linkText("Interviewer checklist")).click();
      shot("interview-" + width);
      browser.get(hostile);
      shot("card-hostile-" + width);
      browser.get(ScreeningSystem.base() + "handbook");
      shot("handbook-" + width);
      browser.get(ScreeningSystem.base() + "handbook/quiz");
      shot("quiz-" + width);
      // the page fits the panel: no horizontal scrolling
      Object scroll =
          ((JavascriptExecutor) browser)
              .executeScript("return document.documentElement.scrollWidth");
      assertTrue(((Number) scroll).intValue() <= width + 1, "scroll width " + scroll);
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  /** A screenshot of the whole page (up to 4000 px high) at the current width. */
  private static void shot(String name) throws IOException {
    Dimension size = browser.manage().window().getSize();
    Object height =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollHeight");
    browser
        .manage()
        .window()
        .setSize(
            new Dimension(size.getWidth(), Math.min(4000, ((Number) height).intValue() + 140)));
    Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(size);
  }
}
