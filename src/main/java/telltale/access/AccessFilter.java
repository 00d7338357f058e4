package telltale.access;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import telltale.api.ApiError;
import telltale.api.ErrorResponses;

/**
 * Who may call {@code /api/v1}: a bearer API key or identity-provider token, and a role the
 * resource method allows ({@link Allowed}). Webhooks, pages and health are not under {@code
 * /api/v1} and keep their own checks (signatures, signed links).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {
  private static final String PROTECTED = "api/v1/";

  @Inject AccessConfig config;
  @Inject FirstRunKey firstRun;
  @Inject CurrentCaller current;
  @Context ResourceInfo resource;

  private ApiKeys keys;
  private JwtTokens tokens;

  @PostConstruct
  void init() {
    keys = ApiKeys.parse(config.apiKeys().or(firstRun::setting));
    tokens = JwtTokens.of(config);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().startsWith(PROTECTED)) {
      return;
    }
    Optional<Caller> caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (caller.isEmpty()) {
      request.abortWith(
          Response.fromResponse(
                  ErrorResponses.of(
                      401,
                      ApiError.of(
                          "unauthorized",
                          "Send a valid API key or identity-provider token as"
                              + " 'Authorization: Bearer ...'.")))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
              .build());
      return;
    }
    if (!caller.get().mayActAs(allowed())) {
      request.abortWith(
          ErrorResponses.of(
              403,
              ApiError.of(
                  "forbidden", "Your credential is valid but its role may not do this here.")));
      return;
    }
    current.set(caller.get());
  }

  private Optional<Caller> authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String credential = authorization.substring(7).strip();
    if (credential.isEmpty()) {
      return Optional.empty();
    }
    // a JWT has three dot-separated parts; an API key is one opaque word
    return credential.chars().filter(c -> c == '.').count() == 2
        ? tokens.caller(credential)
        : keys.caller(credential);
  }

  /** The roles of the matched method; none (admin only) when it declares nothing. */
  private Set<Role> allowed() {
    Allowed on =
        Optional.ofNullable(resource.getResourceMethod())
            .map(m -> m.getAnnotation(Allowed.class))
            .or(
                () ->
                    Optional.ofNullable(resource.getResourceClass())
                        .map(c -> c.getAnnotation(Allowed.class)))
            .orElse(null);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (on != null) {
      roles.addAll(Set.of(on.value()));
    }
    return roles;
  }
}
