package telltale.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

/** A number read again comes from the thread's last readings, as a copy of its own. */
class PhoneNumbersTest {

  @Test
  void aNumberReadAgainIsTheSameNumberInACopyTheCallerMayChange() throws Exception {
    PhoneNumber first = PhoneNumbers.parse("0030 210 123 4567", "US");
    assertEquals(30, first.getCountryCode());
    first.setCountryCode(1);
    PhoneNumber again = PhoneNumbers.parse("0030 210 123 4567", "US");
    assertNotSame(first, again);
    assertEquals(30, again.getCountryCode(), "a change to one copy is not in the next");
    // the stated country is part of what is kept: a national number reads differently elsewhere
    assertEquals(1, PhoneNumbers.parse("212 736 5000", "US").getCountryCode());
    assertEquals(44, PhoneNumbers.parse("212 736 5000", "GB").getCountryCode());
  }

  @Test
  void anUnreadableNumberIsRefusedEveryTime() {
    for (int i = 0; i < 2; i++) {
      assertThrows(NumberParseException.class, () -> PhoneNumbers.parse("not a number", "US"));
    }
  }

  @Test
  void onlyTheLastReadingsAreKept() throws Exception {
    for (int i = 0; i < PhoneNumbers.KEPT * 3; i++) {
      assertEquals(1, PhoneNumbers.parse("+1 212 555 " + (1000 + i), null).getCountryCode());
    }
  }
}
