package telltale.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static telltale.it.ScreeningSystem.profile;
import static telltale.it.ScreeningSystem.screened;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A recruiter and an interviewer in a real headless Chromium: open the card, fill in the
 * interviewer checklist (with the round's meeting), see the card change. Screenshots go to
 * target/screenshots/.
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
  void anInterviewerRegistersTheRoundsZoomMeetingOnTheForm() throws IOException {
    String candidate = "form-meeting-" + UUID.randomUUID();
    String cardUrl =
        screened(profile("genuine").replace("\"cand-1001\"", "\"" + candidate + "\""))
            .getString("cardUrl");
    browser.get(cardUrl);
    browser.findElement(By.linkText("Interviewer checklist")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.name("meeting")));
    WebElement round = browser.findElement(By.name("round"));
    round.clear();
    round.sendKeys("2");
    browser.findElement(By.id("o-camera_refusal")).click();
    browser.findElement(By.name("meetingIp")).sendKeys("198.51.100.20");
    new Select(browser.findElement(By.id("meeting-platform"))).selectByVisibleText("Zoom");
    browser.findElement(By.id("meeting")).sendKeys("https://zoom.us/x/not-a-meeting");
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    // refused: the platform's hint next to the field, everything entered still there, nothing saved
    WebElement error =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-error")));
    shot("interview-meeting-refused");
    assertTrue(error.getText().startsWith("Give the Zoom meeting's number"), error.getText());
    WebElement meeting = browser.findElement(By.id("meeting"));
    assertEquals("meeting-error", meeting.getAttribute("aria-describedby"));
    assertEquals("https://zoom.us/x/not-a-meeting", meeting.getAttribute("value"));
    assertTrue(browser.findElement(By.id("o-camera_refusal")).isSelected());
    assertEquals(
        1, browser.findElements(By.cssSelector("input[name=observations]:checked")).size());
    assertEquals("2", browser.findElement(By.name("round")).getAttribute("value"));
    assertEquals("198.51.100.20", browser.findElement(By.name("meetingIp")).getAttribute("value"));
    assertEquals(
        "Zoom",
        new Select(browser.findElement(By.id("meeting-platform")))
            .getFirstSelectedOption()
            .getText());
    JsonPath held = export(candidate);
    assertEquals(List.of(), held.getList("held.interviewMeetings"));
    assertEquals(1, held.getList("screenings").size(), "the observations were not saved either");

    meeting.clear();
    meeting.sendKeys("https://us02web.zoom.us/j/91234567801?pwd=aBcD");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement notice =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
    shot("card-meeting-registered");
    assertEquals(
        "Zoom meeting registered for round 2; it is read when the meeting ends.", notice.getText());
    assertTrue(browser.getPageSource().contains("Camera stayed off in interview"));

    held = export(candidate);
    assertEquals(List.of("zoom"), held.getList("held.interviewMeetings.platform"));
    assertEquals(List.of("91234567801"), held.getList("held.interviewMeetings.meeting"));
    assertEquals(List.of(2), held.getList("held.interviewMeetings.round"));
    assertEquals(List.of("registered"), held.getList("held.interviewMeetings.status"));
    assertEquals(2, held.getList("screenings").size());
    List<String> actions = held.getList("held.audit.action");
    assertEquals(
        1, actions.stream().filter("meeting_registered"::equals).count(), actions.toString());
    assertEquals(1, actions.stream().filter("observed"::equals).count(), actions.toString());
  }

  /** Everything held about a generic-ATS candidate, as an admin exports it. */
  private static JsonPath export(String candidate) {
    return given()
        .get("/api/v1/candidates/generic/" + candidate + "/export")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
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
