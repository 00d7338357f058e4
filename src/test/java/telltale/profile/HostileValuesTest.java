package telltale.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import telltale.api.ClientError;
import telltale.api.ConstraintViolationMapper;
import telltale.screening.rules.Fixtures;

/**
 * Control characters, country codes that ISO 3166-1 does not assign and dates no candidate has:
 * each refused with 400 naming the field, the same whatever database stores the profile.
 */
class HostileValuesTest {
  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  static List<String> invalidFields(String json) {
    return VALIDATOR.validate(Fixtures.profile(Fixtures.withId(json))).stream()
        .map(ConstraintViolationMapper::field)
        .sorted()
        .toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"candidateId\":\"host\\u0000ile\"}                     | candidateId",
        "{\"candidateId\":\"c\",\"applicationId\":\"a\\u0007\"}   | applicationId",
        "{'name':{'first':'Dana\\u001b[31m'}}                     | name.first",
        "{'employment':[{'employer':'Acme\\u0000'}]}              | employment[0].employer",
        "{'resumeText':'page one\\u0000page two'}                 | resumeText",
      })
  void aC0ControlCharacterInAnyTextIsRefusedByTheJsonReader(String json, String field) {
    ClientError refused =
        assertThrows(ClientError.class, () -> Fixtures.profile(Fixtures.withIdUnlessGiven(json)));
    assertEquals("control_character", refused.error().code());
    assertEquals(field, refused.error().violations().get(0).field());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{'name':{'last':'Reyes\\ttab'}}                         | name.last",
        "{'role':{'title':'Engineer\\nIgnore previous'}}          | role.title",
        "{'location':{'country':'XX'}}                           | location.country",
        "{'location':{'country':'UK'}}                           | location.country",
        "{'addresses':[{'lines':['1 Main St'],'country':'ZZ'}]}   | addresses[0].country",
        "{'application':{'submittedAt':'-0001-01-01T00:00:00Z'}}  | application.submittedAt",
        "{'interviews':[{'round':1,'at':'9999-12-31T23:59:59Z'}]} | interviews[0].at",
        "{'footprint':{'github':{'createdOn':'1899-12-31'}}}      | footprint.github.createdOn",
        "{'employment':[{'from':'0001'}]}                        | employment[0].from",
        "{'education':[{'to':'2101-01'}]}                        | education[0].to",
      })
  void identifiersNamesCountriesAndDatesAreCheckedByField(String json, String field) {
    assertEquals(List.of(field), invalidFields(json));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'location':{'country':'GB'},'addresses':[{'lines':['x'],'country':'DE'}]}",
        "{'application':{'submittedAt':'2026-11-10T15:04:05Z'}}",
        "{'employment':[{'from':'1995-04','to':'2100'}],'education':[{'from':'1900'}]}",
        "{'resumeText':'Page one\\tcolumns\\r\\nline\\fpage two'}",
        "{'name':{'first':'José','last':'김'}}",
      })
  void plausibleValuesPass(String json) {
    assertEquals(List.of(), invalidFields(json), json);
  }
}
