package telltale.catalogue.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The uniform next verification step of a rule and a neutral script to say. */
@Schema(name = "SignalAdvice")
public record Advice(String step, String script) {}
