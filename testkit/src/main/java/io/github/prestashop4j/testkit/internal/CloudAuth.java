package io.github.prestashop4j.testkit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fake OAuth2 server: client_credentials token endpoint, discovery document and JWKS, and the
 * RS256 signing and checking of every token the fake cloud issues or receives.
 */
public final class CloudAuth {
  /** The key id Hydra gives its access-token key. */
  static final String KEY_ID = "public:hydra.jwt.access-token";

  private final ObjectMapper mapper = Json.MAPPER;
  private final RSAKey key;
  private final RSASSASigner signer;
  private final RSASSAVerifier verifier;
  private final String clientId;
  private final byte[] clientSecretHash;
  private final Clock clock;
  private final Duration lifetime;
  private volatile String issuer;

  public CloudAuth(String clientId, String clientSecret, Clock clock, Duration lifetime) {
    this.clientId = clientId;
    this.clientSecretHash = sha256(clientSecret);
    this.clock = clock;
    this.lifetime = lifetime;
    try {
      this.key = new RSAKeyGenerator(2048).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).generate();
      this.signer = new RSASSASigner(key);
      this.verifier = new RSASSAVerifier(key.toRSAPublicKey());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot create the fake cloud's RSA key", e);
    }
  }

  void issuer(String issuer) {
    this.issuer = issuer;
  }

  public String issuer() {
    return issuer;
  }

  /** Signs a token with the fake's key; null lifetime means the token endpoint's lifetime. */
  public String sign(
      String subject,
      List<String> audiences,
      List<String> scopes,
      Map<String, Object> claims,
      Instant issuedAt,
      Duration lifetime) {
    Instant iat = issuedAt == null ? clock.instant() : issuedAt;
    Duration life = lifetime == null ? this.lifetime : lifetime;
    JWTClaimsSet.Builder b =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .audience(audiences)
            .issueTime(Date.from(iat))
            .notBeforeTime(Date.from(iat))
            .expirationTime(Date.from(iat.plus(life)))
            .jwtID(UUID.randomUUID().toString())
            .claim("scp", List.copyOf(scopes));
    claims.forEach(b::claim);
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(KEY_ID)
                .type(JOSEObjectType.JWT)
                .build(),
            b.build());
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
    return jwt.serialize();
  }

  /** The claims of a bearer token this fake signed and that has not expired, or null. */
  JWTClaimsSet check(Map<String, String> headers) {
    String auth = headers.get("authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    try {
      SignedJWT jwt = SignedJWT.parse(auth.substring(7).trim());
      if (!jwt.verify(verifier)) {
        return null;
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date exp = claims.getExpirationTime();
      if (exp == null || !clock.instant().isBefore(exp.toInstant())) {
        return null;
      }
      return claims;
    } catch (ParseException | JOSEException | RuntimeException e) {
      return null;
    }
  }

  /** {@code POST /oauth2/token}. */
  Answer token(String method, Map<String, String> headers, byte[] body) {
    if (!method.equals("POST")) {
      return error(405, "invalid_request", "the token endpoint takes POST");
    }
    // A form body is encoded as a query string is.
    Request form = Request.parse(new String(body, StandardCharsets.UTF_8));
    String id = form.get("client_id");
    String secret = form.get("client_secret");
    String auth = headers.get("authorization");
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return invalidClient();
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return invalidClient();
      }
      // RFC 6749 2.3.1: both parts are form-encoded before Basic encoding.
      String basicId = Request.decode(decoded.substring(0, colon));
      if (id != null && !id.equals(basicId)) {
        return error(400, "invalid_request", "client_id differs from the Basic credentials");
      }
      id = basicId;
      secret = Request.decode(decoded.substring(colon + 1));
    }
    if (id == null || secret == null) {
      return invalidClient();
    }
    if (!id.equals(clientId) || !MessageDigest.isEqual(clientSecretHash, sha256(secret))) {
      return invalidClient();
    }
    String grant = form.get("grant_type");
    if (grant == null) {
      return error(400, "invalid_request", "grant_type is missing");
    }
    if (!grant.equals("client_credentials")) {
      return error(
          400, "unsupported_grant_type", "only client_credentials is supported by the fake");
    }
    List<String> audiences = split(form.get("audience"));
    List<String> scopes = split(form.get("scope"));
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("client_id", id);
    String token = sign(id, audiences, scopes, extra, null, null);
    ObjectNode out = mapper.createObjectNode();
    out.put("access_token", token);
    out.put("expires_in", lifetime.toSeconds());
    out.put("scope", String.join(" ", scopes));
    out.put("token_type", "bearer");
    return json(200, out);
  }

  /** {@code GET /.well-known/openid-configuration}. */
  Answer discovery(String base) {
    ObjectNode d = mapper.createObjectNode();
    d.put("issuer", issuer);
    d.put("authorization_endpoint", base + "/oauth2/auth");
    d.put("token_endpoint", base + "/oauth2/token");
    d.put("jwks_uri", base + "/.well-known/jwks.json");
    d.put("userinfo_endpoint", base + "/userinfo");
    d.put("revocation_endpoint", base + "/oauth2/revoke");
    d.put("end_session_endpoint", base + "/oauth2/sessions/logout");
    array(d, "response_types_supported", "code", "id_token", "code id_token", "token");
    array(d, "subject_types_supported", "public");
    array(
        d,
        "grant_types_supported",
        "authorization_code",
        "implicit",
        "client_credentials",
        "refresh_token");
    array(
        d,
        "token_endpoint_auth_methods_supported",
        "client_secret_post",
        "client_secret_basic",
        "private_key_jwt",
        "none");
    array(d, "id_token_signing_alg_values_supported", "RS256");
    array(d, "scopes_supported", "offline_access", "offline", "openid");
    array(d, "claims_supported", "sub", "name", "picture", "email", "email_verified");
    array(d, "code_challenge_methods_supported", "plain", "S256");
    return json(200, d);
  }

  /** {@code GET /.well-known/jwks.json}: the public key only. */
  Answer jwks() {
    return Answer.text(200, "application/json", new JWKSet(key.toPublicJWK()).toString());
  }

  private static void array(ObjectNode n, String name, String... values) {
    var a = n.putArray(name);
    for (String v : values) {
      a.add(v);
    }
  }

  private Answer invalidClient() {
    return error(
            401,
            "invalid_client",
            "Client authentication failed (e.g., unknown client, no client authentication"
                + " included, or unsupported authentication method).")
        .header("WWW-Authenticate", "Basic realm=\"fake-cloud\"");
  }

  Answer error(int status, String code, String description) {
    ObjectNode e = mapper.createObjectNode();
    e.put("error", code);
    e.put("error_description", description);
    e.put("status_code", status);
    return json(status, e);
  }

  Answer json(int status, Object node) {
    try {
      return new Answer(status, "application/json", mapper.writeValueAsBytes(node));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String s : value.trim().split("\\s+")) {
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
