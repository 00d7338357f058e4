package telltale.reports.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Which catalogue to try: a directory on the server laid out like config/ (catalogue/*.yaml; the
 * reference data stays the running one's).
 */
public record BacktestRequest(
    @NotBlank(message = "name a directory on the server holding catalogue/, like config/")
        @Size(max = 1000, message = "must be at most 1000 characters")
        String configDir) {}
