package telltale.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Offer-to-first-day facts from the HRIS, payroll or IT. */
public record Onboarding(
    @Valid PostalAddress shippingAddress,
    @PlausibleDate Instant addressChangedAt,
    @PlausibleDate Instant equipmentShippedAt,
    @Size(max = 200, message = "must be at most 200 characters") @NoControlCharacters
        String payrollAccountHolder,
    PaymentMethod paymentMethod,
    @Size(max = 30, message = "must list at most 30 tools")
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 100, message = "must be at most 100 characters") String>
            remoteAccessTools,
    InPerson inPersonOnboarding) {

  public enum PaymentMethod {
    bank,
    payroll_card,
    crypto,
    third_party_platform
  }

  public enum InPerson {
    completed,
    declined,
    not_offered
  }

  public Onboarding {
    // absent stays null: "IT did not report" differs from "IT reported no tools"
    remoteAccessTools =
        remoteAccessTools == null
            ? null
            : Collections.unmodifiableList(new ArrayList<>(remoteAccessTools));
  }
}
