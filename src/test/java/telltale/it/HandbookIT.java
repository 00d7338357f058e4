package telltale.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static telltale.it.ScreeningSystem.page;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The trainer handbook says what the catalogue says, and the quiz explains its answers. */
@ExtendWith(PayaraMicroExtension.class)
class HandbookIT {

  @Test
  void everySignIsTaughtWithItsReasonStepScriptInnocentExplanationsAndSources() {
    Response page = page("/handbook");
    assertEquals(200, page.statusCode());
    assertEquals("nosniff", page.header("X-Content-Type-Options"));
    assertThat(page.header("Content-Security-Policy"), containsString("default-src 'none'"));
    Document html = Jsoup.parse(page.asString());
    assertTrue(html.select("script").isEmpty());
    String text = html.text();
    JsonPath catalogue = ScreeningSystem.checklists().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> rules = catalogue.getList("rules");
    assertTrue(rules.size() >= 30);
    for (Map<String, Object> rule : rules) {
      assertThat(text, containsString((String) rule.get("title")));
      assertThat(text, containsString(((String) rule.get("training")).strip()));
      @SuppressWarnings("unchecked")
      Map<String, String> guidance = (Map<String, String>) rule.get("guidance");
      assertThat(text, containsString(guidance.get("step")));
      assertThat(text, containsString(guidance.get("script")));
      for (Object innocent : (List<?>) rule.get("innocentExplanations")) {
        assertThat(text, containsString((String) innocent));
      }
    }
    JsonPath handbook =
        io.restassured.RestAssured.given()
            .get("/api/v1/handbook")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String signal : handbook.getList("refused.signal", String.class)) {
      assertThat(text, containsString(signal));
    }
    assertTrue(handbook.getList("refused").size() >= 10);
    for (String title : handbook.getList("cases.title", String.class)) {
      assertThat(text, containsString(title));
    }
    assertThat(text, containsString("Accent"));
  }

  @Test
  void theQuizExplainsEveryAnswer() {
    Response page = page("/handbook/quiz");
    assertEquals(200, page.statusCode());
    String text = Jsoup.parse(page.asString()).text();
    JsonPath handbook =
        io.restassured.RestAssured.given().get("/api/v1/handbook").then().extract().jsonPath();
    List<Map<String, Object>> quiz = handbook.getList("quiz");
    assertTrue(quiz.size() >= 5);
    for (Map<String, Object> question : quiz) {
      assertThat(text, containsString((String) question.get("question")));
      assertThat(text, containsString(((String) question.get("explanation")).strip()));
      List<?> options = (List<?>) question.get("options");
      int answer = (Integer) question.get("answer");
      assertThat(
          text, containsString("Answer: " + (char) ('A' + answer) + ". " + options.get(answer)));
    }
  }
}
