package io.github.prestashop4j.account.example;

import io.github.prestashop4j.account.BearerAuthenticator;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.OAuth2TokenVerifier;
import io.github.prestashop4j.account.TokenRejectedException;
import io.github.prestashop4j.account.VerifiedIdentity;
import io.github.prestashop4j.core.PrestaShopException;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The README's "Verify a shop's token in your backend" example, compiled and run by {@link
 * HelloEndpointTest}: a vendor endpoint that only answers verified shops. It is independent of any
 * web framework; wire {@link #handle} to yours, for example {@code
 * endpoint.handle(request::getHeader)} in a servlet.
 */
public final class HelloEndpoint implements AutoCloseable {
  /** What to answer: status, headers and body. */
  public record Response(int status, Map<String, String> headers, String body) {}

  private final OAuth2TokenVerifier verifier;
  private final BearerAuthenticator authenticator;

  public HelloEndpoint(CloudEnvironment environment) {
    // One verifier per environment, shared by every request: it caches PrestaShop's keys.
    verifier =
        OAuth2TokenVerifier.builder()
            .environment(environment) // CloudEnvironment.PRODUCTION for real shops
            .requireScope("shop.verified") // only shops whose identity is verified
            .build();
    authenticator = BearerAuthenticator.of(verifier);
  }

  /**
   * Answers a request.
   *
   * @param requestHeaders looks up a request header by name, null when absent
   */
  public Response handle(UnaryOperator<String> requestHeaders) {
    try {
      // Reads Authorization, or X-Prestashop-Authorization when Authorization is absent.
      VerifiedIdentity caller = authenticator.authenticateRequest(requestHeaders);
      String shopUuid =
          caller
              .shopUuid()
              .orElseThrow(
                  () ->
                      new TokenRejectedException(
                          TokenRejectedException.Reason.WRONG_AUDIENCE, "not a shop token"));
      return new Response(200, Map.of(), "hello " + shopUuid);
    } catch (TokenRejectedException e) {
      // Safe to log: the message never contains the token. reason() is for programs.
      return new Response(
          e.httpStatus(), Map.of("WWW-Authenticate", e.wwwAuthenticate()), e.reason().name());
    } catch (PrestaShopException e) {
      // PrestaShop's keys could not be fetched: a problem on our side, not the caller's.
      return new Response(503, Map.of("Retry-After", "30"), "try again later");
    }
  }

  @Override
  public void close() {
    verifier.close();
  }
}
