package telltale.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Fixtures;

/** Field paths in 400 bodies read like the JSON the client sent. */
class ConstraintViolationMapperTest {
  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("{'emails':['not-an-email']}", "emails[0]"),
        Arguments.of("{'employment':[{'from':'x'},{'from':'Feb 2020'}]}", "employment[0].from"),
        Arguments.of("{'interviews':[{'round':1},{'round':0}]}", "interviews[1].round"),
        Arguments.of("{'location':{'country':'USA'}}", "location.country"),
        Arguments.of("{'addresses':[{'lines':['a',' ']}]}", "addresses[0].lines[1]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void pathsReadLikeTheJson(String json, String expected) {
    CandidateProfile profile = Fixtures.profile(Fixtures.withId(json));
    var fields =
        VALIDATOR.validate(profile).stream()
            .map(ConstraintViolationMapper::field)
            .sorted()
            .toList();
    assertEquals(expected, fields.get(0), fields.toString());
  }
}
