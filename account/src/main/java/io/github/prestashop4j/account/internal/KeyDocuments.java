package io.github.prestashop4j.account.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.core.internal.Redaction;
import io.github.prestashop4j.core.internal.TransportSecurity;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fetches and reads the documents keys come from: an OpenID discovery document, a JWKS and Google's
 * map of X.509 certificates. Every fetch goes through the caller's {@link HttpPipeline}; no URL
 * found in a token is ever fetched.
 */
public final class KeyDocuments {
  /** Largest key document read; a bigger one is refused. */
  public static final int MAX_DOCUMENT_BYTES = 256 * 1024;

  /**
   * Longest time one key document fetch may take, all attempts included (shorter if the HTTP
   * settings' call timeout is): token checks wait on the first fetch.
   */
  public static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

  /** What is refused when a key URL would be fetched over plain HTTP, for the message. */
  public static final String KEYS_NEVER_FETCHED = "keys are never fetched";

  private KeyDocuments() {}

  /**
   * Builds the HTTP settings key documents are fetched with: the caller's settings (or the
   * defaults) with the key server as base URL. Refuses plain HTTP to a host other than loopback.
   *
   * @param httpConfig the caller's settings, or {@code null} for the defaults
   * @param url the key server
   * @param setting what names the URL, for messages
   * @return the settings
   * @throws IllegalStateException if the URL cannot be a base URL
   * @throws io.github.prestashop4j.core.InsecureTransportException if the URL is plain {@code
   *     http://} to a non-loopback host without {@code allowInsecureHttp}
   */
  public static ClientConfig keyFetchConfig(ClientConfig httpConfig, URI url, String setting) {
    ClientConfig config;
    try {
      config =
          (httpConfig == null ? ClientConfig.builder() : httpConfig.toBuilder())
              .baseUrl(url)
              .build();
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage().replaceFirst("^baseUrl", setting), e);
    }
    TransportSecurity.requireSecure(url, config.allowInsecureHttp(), setting, KEYS_NEVER_FETCHED);
    return config;
  }

  /**
   * GETs a document, at most {@link #MAX_DOCUMENT_BYTES} long, within {@link #FETCH_TIMEOUT} or the
   * pipeline's call timeout, whichever is shorter.
   *
   * @param pipeline the pipeline
   * @param uri the absolute URL
   * @return the body as text
   */
  public static String fetch(HttpPipeline pipeline, URI uri) {
    HttpRequest request = HttpRequest.get(uri).header("Accept", "application/json").build();
    Duration configured = pipeline.config().callTimeout();
    RequestOptions options =
        RequestOptions.builder()
            .callTimeout(configured.compareTo(FETCH_TIMEOUT) < 0 ? configured : FETCH_TIMEOUT)
            .build();
    return pipeline.execute(
        request,
        options,
        response -> {
          InputStream body = response.body();
          byte[] bytes = body.readNBytes(MAX_DOCUMENT_BYTES + 1);
          if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new DecodeException(
                "GET "
                    + Redaction.uri(uri)
                    + ": key document is larger than "
                    + MAX_DOCUMENT_BYTES
                    + " bytes",
                null);
          }
          return new String(bytes, StandardCharsets.UTF_8);
        });
  }

  /**
   * Reads the {@code jwks_uri} of an OpenID discovery document.
   *
   * @param json the discovery document
   * @param mapper reads JSON
   * @param source where it came from, for messages
   * @return the absolute http(s) URL of the JWKS
   * @throws DecodeException if the document is not JSON or has no usable {@code jwks_uri}
   */
  public static URI parseDiscovery(String json, ObjectMapper mapper, URI source) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new DecodeException("GET " + Redaction.uri(source) + ": not a JSON document", e);
    }
    JsonNode jwks = root == null ? null : root.get("jwks_uri");
    if (jwks == null || !jwks.isTextual()) {
      throw new DecodeException(
          "GET " + Redaction.uri(source) + ": discovery document has no jwks_uri", null);
    }
    URI uri;
    try {
      uri = URI.create(jwks.asText());
    } catch (IllegalArgumentException e) {
      throw new DecodeException(
          "GET " + Redaction.uri(source) + ": discovery document has an invalid jwks_uri", null);
    }
    if (!Checks.isAbsoluteHttp(uri)) {
      throw new DecodeException(
          "GET " + Redaction.uri(source) + ": jwks_uri is not an absolute http(s) URL", null);
    }
    return uri;
  }

  /**
   * Reads the RS256 signing keys of a JWKS: RSA keys with a {@code kid}, whose {@code use} (if any)
   * is {@code sig} and whose {@code alg} (if any) is RS256. Other keys are skipped.
   *
   * @param json the JWKS
   * @param source where it came from, for messages
   * @return keys by id
   * @throws DecodeException if the document is not a JWKS
   */
  public static Map<String, RSAPublicKey> parseJwks(String json, URI source) {
    JWKSet set;
    try {
      set = JWKSet.parse(json);
    } catch (java.text.ParseException | RuntimeException e) {
      throw new DecodeException("GET " + Redaction.uri(source) + ": not a JWKS document", e);
    }
    Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
    for (JWK jwk : set.getKeys()) {
      if (!(jwk instanceof RSAKey rsa)
          || jwk.getKeyID() == null
          || (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse()))
          || (jwk.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(jwk.getAlgorithm()))) {
        continue;
      }
      try {
        keys.putIfAbsent(jwk.getKeyID(), rsa.toRSAPublicKey());
      } catch (com.nimbusds.jose.JOSEException | RuntimeException e) {
        // One unusable key must not hide the others.
      }
    }
    return keys;
  }

  /**
   * Reads Google's certificate map, {@code {"kid": "-----BEGIN CERTIFICATE-----..."}}.
   *
   * @param json the document
   * @param mapper reads JSON
   * @param source where it came from, for messages
   * @return the certificates' RSA keys by id
   * @throws DecodeException if the document is not such a map
   */
  public static Map<String, RSAPublicKey> parseX509Map(
      String json, ObjectMapper mapper, URI source) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new DecodeException("GET " + Redaction.uri(source) + ": not a JSON document", e);
    }
    if (root == null || !root.isObject()) {
      throw new DecodeException(
          "GET " + Redaction.uri(source) + ": not a map of key ids to certificates", null);
    }
    CertificateFactory factory;
    try {
      factory = CertificateFactory.getInstance("X.509");
    } catch (CertificateException e) {
      throw new IllegalStateException("the JDK has no X.509 certificate factory", e);
    }
    Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
    root.properties()
        .forEach(
            entry -> {
              if (!entry.getValue().isTextual()) {
                return;
              }
              try {
                PublicKey key =
                    factory
                        .generateCertificate(
                            new ByteArrayInputStream(
                                entry.getValue().asText().getBytes(StandardCharsets.US_ASCII)))
                        .getPublicKey();
                if (key instanceof RSAPublicKey rsa) {
                  keys.put(entry.getKey(), rsa);
                }
              } catch (CertificateException | RuntimeException e) {
                // One unusable certificate must not hide the others.
              }
            });
    return keys;
  }
}
