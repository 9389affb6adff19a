package io.github.prestashop4j.testkit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a {@link FakePrestaShop} for a test class, and injecting it into test
 * and lifecycle method parameters of type {@link FakePrestaShop}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakePrestaShopExtension STORE = FakePrestaShopExtension.create();
 *
 * @Test
 * void lists_products(FakePrestaShop store) { ... store.baseUrl() ... }
 * }</pre>
 *
 * <p>Registered on a static field (or with {@code @ExtendWith}) the store is shared by the class's
 * tests; on an instance field each test gets a fresh store.
 */
public final class FakePrestaShopExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final Supplier<FakePrestaShop> starter;
  private volatile FakePrestaShop store;
  private volatile boolean perClass;

  /**
   * An extension with the defaults of {@link FakePrestaShop#builder()}; for {@code @ExtendWith}.
   */
  public FakePrestaShopExtension() {
    this(FakePrestaShop.builder());
  }

  private FakePrestaShopExtension(FakePrestaShop.Builder builder) {
    this.starter = builder::start;
  }

  /**
   * An extension with the defaults of {@link FakePrestaShop#builder()}.
   *
   * @return the extension
   */
  public static FakePrestaShopExtension create() {
    return new FakePrestaShopExtension();
  }

  /**
   * An extension starting its store from a configured builder.
   *
   * @param builder the configuration
   * @return the extension
   */
  public static FakePrestaShopExtension of(FakePrestaShop.Builder builder) {
    if (builder == null) {
      throw new IllegalArgumentException("builder must not be null");
    }
    return new FakePrestaShopExtension(builder);
  }

  /**
   * The running store.
   *
   * @return the store
   * @throws IllegalStateException outside a test
   */
  public FakePrestaShop store() {
    FakePrestaShop s = store;
    if (s == null) {
      throw new IllegalStateException("the fake store runs only while tests run");
    }
    return s;
  }

  /**
   * Starts the store for the class.
   *
   * @param context the JUnit context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    store = starter.get();
  }

  /**
   * Stops the class's store.
   *
   * @param context the JUnit context
   */
  @Override
  public void afterAll(ExtensionContext context) {
    stop();
    perClass = false;
  }

  /**
   * Starts a store for the test when none runs for the class.
   *
   * @param context the JUnit context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      store = starter.get();
    }
  }

  /**
   * Stops the test's own store.
   *
   * @param context the JUnit context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  private void stop() {
    FakePrestaShop s = store;
    store = null;
    if (s != null) {
      s.close();
    }
  }

  /**
   * Whether the parameter is a {@link FakePrestaShop}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the JUnit context
   * @return true for a {@link FakePrestaShop} parameter
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == FakePrestaShop.class;
  }

  /**
   * The running store, starting it for the class if needed (a {@code @BeforeAll} parameter).
   *
   * @param parameterContext the parameter
   * @param extensionContext the JUnit context
   * @return the store
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    if (store == null) {
      perClass = true;
      store = starter.get();
    }
    return store;
  }
}
