package org.mentorhub.hostsync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Import lines get the profile endpoints' rules and normalisation, with errors per field. */
class ImportLineParserTest {

  private static jakarta.validation.ValidatorFactory factory;
  private static Validator validator;

  static final String MENTOR =
      "{\"id\":\"host-1\",\"name\":\" Ada Lovelace \",\"email\":\"ada@example.org\","
          + "\"headline\":\"Retail pricing\",\"expertise\":[\" Pricing \",\"pricing\",\"Sales\"],"
          + "\"industries\":[\"Retail\"],\"languages\":[\"EN\",\"fr\"],\"country\":\"gb\","
          + "\"timezone\":\"Europe/London\"}";

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static ImportLineParser.Result mentor(String line) {
    return new ImportLineParser(ImportKind.MENTORS, validator).parse(7, line);
  }

  private static List<String> fields(ImportLineParser.Result result) {
    assertThat(result.accepted()).isFalse();
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.line()).isEqualTo(7));
    return result.errors().stream().map(LineError::field).toList();
  }

  @Test
  void aValidMentorLineIsNormalisedAsTheProfileEndpointStoresIt() {
    ImportLineParser.Result result = mentor(MENTOR);

    assertThat(result.accepted()).isTrue();
    ImportLine line = result.line();
    assertThat(line.number()).isEqualTo(7);
    assertThat(line.identity().id()).isEqualTo("host-1");
    assertThat(line.identity().name()).isEqualTo("Ada Lovelace");
    assertThat(line.mentor().name()).isEqualTo("Ada Lovelace");
    assertThat(line.mentor().expertise()).containsExactly("Pricing", "Sales");
    assertThat(line.mentor().languages()).containsExactly("en", "fr");
    assertThat(line.mentor().country()).isEqualTo("GB");
    assertThat(line.mentor().maxMentees()).isEqualTo(3);
    assertThat(line.mentor().accepting()).isTrue();
    assertThat(line.mentee()).isNull();
  }

  @Test
  void malformedJsonIsReportedForTheWholeLine() {
    assertThat(fields(mentor("{\"id\":\"x\","))).containsExactly("line");
    assertThat(fields(mentor("[1,2]"))).containsExactly("line");
    assertThat(mentor("not json").errors().get(0).message()).startsWith("is not valid JSON");
  }

  @Test
  void wrongTypesNameTheirField() {
    String line =
        MENTOR
            .replace("\"headline\":\"Retail pricing\"", "\"headline\":12")
            .replace("\"industries\":[\"Retail\"]", "\"industries\":[\"Retail\",3]")
            .replace("\"timezone\"", "\"maxMentees\":2.5,\"accepting\":\"yes\",\"timezone\"");

    assertThat(fields(mentor(line)))
        .containsExactly("accepting", "headline", "industries[1]", "maxMentees");
  }

  @Test
  void constraintViolationsUseTheSameRulesAndFieldNamesAsTheEndpoint() {
    String line =
        MENTOR
            .replace("\"country\":\"gb\"", "\"country\":\"XX\"")
            .replace("[\"EN\",\"fr\"]", "[\"EN\",\"zz\"]")
            .replace("\"Europe/London\"", "\"Mars/Olympus\"")
            .replace("\"email\":\"ada@example.org\"", "\"email\":\"not an email\"");

    assertThat(fields(mentor(line)))
        .containsExactly("country", "email", "languages[1]", "timezone");
  }

  @Test
  void aMissingIdOrExpertiseIsRejected() {
    String line = MENTOR.replace("\"id\":\"host-1\",", "").replace("\"expertise\"", "\"other\"");

    assertThat(fields(mentor(line))).containsExactly("expertise", "id");
  }

  @Test
  void menteeLinesFollowTheMenteeRules() {
    ImportLineParser parser = new ImportLineParser(ImportKind.MENTEES, validator);
    String good =
        "{\"id\":\"m-1\",\"name\":\"Bo\",\"goals\":\"Grow my bakery into a second shop\","
            + "\"languages\":[\"es\"],\"country\":\"es\",\"timezone\":\"Europe/Madrid\","
            + "\"stage\":\"early\",\"industry\":\"  \"}";

    ImportLineParser.Result ok = parser.parse(1, good);
    assertThat(ok.accepted()).isTrue();
    assertThat(ok.line().mentee().country()).isEqualTo("ES");
    assertThat(ok.line().mentee().industry()).isNull();
    assertThat(ok.line().identity().email()).isNull();

    ImportLineParser.Result bad =
        parser.parse(
            2,
            good.replace("Grow my bakery into a second shop", "short")
                .replace("\"early\"", "\"huge\""));
    assertThat(bad.errors()).extracting(LineError::field).containsExactly("goals", "stage");
  }
}
