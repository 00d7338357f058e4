package telltale.meetings.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A person says which meeting was a screened candidate's interview round. */
public record MeetingRequest(
    @NotNull(message = "name the platform: zoom, teams or meet") Platform platform,
    @NotBlank(message = "give the meeting's id or its join link")
        @Size(max = 2000, message = "must be at most 2,000 characters")
        String meeting,
    @NotNull(message = "name the interview round (1, 2, ...)")
        @Positive(message = "must be 1 or more")
        @Max(value = 50, message = "must be at most 50")
        Integer round) {}
