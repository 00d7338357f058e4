package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import telltale.profile.Stage;

class StagesTest {
  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "Application Review, application",
        "New lead, application",
        "Applied, application",
        "Preliminary Phone Screen, interview",
        "Technical Interview, interview",
        "Interviewing, interview",
        "Offer Extended, offer",
        "Hired, onboarding",
        "Rejected after interview, null",
        "Archived, null",
        "Face to Face, null",
        "Renewal, null",
        "null, null"
      })
  void stageNamesAreReadByWholeWords(String name, Stage expected) {
    assertEquals(expected, Stages.fromText(name));
  }
}
