package telltale.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every resource declares its full path (api/v1/..., webhooks/..., screenings/...). */
@ApplicationPath("/")
public class TelltaleApplication extends Application {}
