package io.github.prestashop4j.account.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/** RSA keys generated for a test, and tokens signed with them. */
public final class TestKeys {
  private final String kid;
  private final RSAPublicKey publicKey;
  private final RSAPrivateKey privateKey;

  private TestKeys(String kid, KeyPair pair) {
    this.kid = kid;
    this.publicKey = (RSAPublicKey) pair.getPublic();
    this.privateKey = (RSAPrivateKey) pair.getPrivate();
  }

  public static TestKeys generate(String kid) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return new TestKeys(kid, generator.generateKeyPair());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static TestKeys of(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
    return new TestKeys(kid, new KeyPair(publicKey, privateKey));
  }

  public String kid() {
    return kid;
  }

  public RSAPublicKey publicKey() {
    return publicKey;
  }

  public RSAPrivateKey privateKey() {
    return privateKey;
  }

  public RSAKey jwk() {
    return new RSAKey.Builder(publicKey)
        .keyID(kid)
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .build();
  }

  /** A JWKS document holding the public keys of these key pairs. */
  public static String jwks(TestKeys... keys) {
    return new JWKSet(Arrays.stream(keys).map(k -> (com.nimbusds.jose.jwk.JWK) k.jwk()).toList())
        .toString(true);
  }

  /** Signs claims with RS256 under this key's kid. */
  public String sign(JWTClaimsSet claims) {
    return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
  }

  /** Signs claims with RS256 and a header of the caller's choice. */
  public String sign(JWSHeader header, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(new RSASSASigner(privateKey));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs with RS256 under this key's kid, adding jku and x5u headers. */
  public String signWithKeyUrls(JWTClaimsSet claims, URI keyUrl) {
    return sign(
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(kid)
            .jwkURL(keyUrl)
            .x509CertURL(keyUrl)
            .build(),
        claims);
  }

  /** The classic key-confusion forgery: HS256 keyed with the RSA public key's bytes. */
  public String hs256WithPublicKey(JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
      jwt.sign(new MACSigner(publicKey.getEncoded()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token, {@code alg: none}. */
  public static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  /** Replaces the payload of a signed token by other claims, keeping header and signature. */
  public static String withPayload(String token, JWTClaimsSet claims) {
    String[] parts = token.split("\\.");
    String payload = com.nimbusds.jose.util.Base64URL.encode(claims.toString()).toString();
    return parts[0] + "." + payload + "." + parts[2];
  }

  /** Changes one character in the middle of the signature, keeping it valid base64url. */
  public static String withTamperedSignature(String token) {
    String[] parts = token.split("\\.");
    char[] signature = parts[2].toCharArray();
    int i = signature.length / 2;
    signature[i] = signature[i] == 'A' ? 'B' : 'A';
    return parts[0] + "." + parts[1] + "." + new String(signature);
  }
}
