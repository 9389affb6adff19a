package io.github.prestashop4j.account.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed RSA certificate made with the JDK's keytool at test time, standing in for one of
 * Google's securetoken certificates.
 */
public final class SelfSignedCertificate {
  private static final char[] PASSWORD = "test-only".toCharArray();

  private final X509Certificate certificate;
  private final RSAPrivateKey privateKey;

  private SelfSignedCertificate(X509Certificate certificate, RSAPrivateKey privateKey) {
    this.certificate = certificate;
    this.privateKey = privateKey;
  }

  public static SelfSignedCertificate generate(Path directory, String alias) throws Exception {
    Path store = directory.resolve(alias + ".p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-sigalg",
                "SHA256withRSA",
                "-dname",
                "CN=securetoken.system.gserviceaccount.com",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                new String(PASSWORD),
                "-keypass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keyStore.load(in, PASSWORD);
    }
    return new SelfSignedCertificate(
        (X509Certificate) keyStore.getCertificate(alias),
        (RSAPrivateKey) keyStore.getKey(alias, PASSWORD));
  }

  public String pem() throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  public TestKeys keys(String kid) {
    return TestKeys.of(kid, (RSAPublicKey) certificate.getPublicKey(), privateKey);
  }
}
