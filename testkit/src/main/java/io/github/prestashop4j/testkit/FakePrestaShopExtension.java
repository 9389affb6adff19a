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
 * tests; on an instance field each test gets a fresh store. {@link #withCloud()} adds a {@link
 * FakePrestaShopCloud} with the same lifecycle, injected into {@link FakePrestaShopCloud}
 * parameters.
 */
public final class FakePrestaShopExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final Supplier<FakePrestaShop> starter;
  private final Supplier<FakePrestaShopCloud> cloudStarter;
  private volatile FakePrestaShop store;
  private volatile FakePrestaShopCloud cloud;
  private volatile boolean perClass;

  /**
   * An extension with the defaults of {@link FakePrestaShop#builder()}; for {@code @ExtendWith}.
   */
  public FakePrestaShopExtension() {
    this(FakePrestaShop.builder());
  }

  private FakePrestaShopExtension(FakePrestaShop.Builder builder) {
    this(builder::start, null);
  }

  private FakePrestaShopExtension(
      Supplier<FakePrestaShop> starter, Supplier<FakePrestaShopCloud> cloudStarter) {
    this.starter = starter;
    this.cloudStarter = cloudStarter;
  }

  /**
   * This extension's store, plus a {@link FakePrestaShopCloud} with the defaults of {@link
   * FakePrestaShopCloud#builder()}, started and stopped with the store and injected into {@link
   * FakePrestaShopCloud} parameters.
   *
   * @return a new extension
   */
  public FakePrestaShopExtension withCloud() {
    return withCloud(FakePrestaShopCloud.builder());
  }

  /**
   * This extension's store, plus a {@link FakePrestaShopCloud} started from a configured builder,
   * started and stopped with the store and injected into {@link FakePrestaShopCloud} parameters.
   *
   * @param builder the cloud's configuration
   * @return a new extension
   */
  public FakePrestaShopExtension withCloud(FakePrestaShopCloud.Builder builder) {
    if (builder == null) {
      throw new IllegalArgumentException("builder must not be null");
    }
    return new FakePrestaShopExtension(starter, builder::start);
  }

  /**
   * The running fake cloud.
   *
   * @return the cloud
   * @throws IllegalStateException outside a test, or if the extension has no cloud ({@link
   *     #withCloud()})
   */
  public FakePrestaShopCloud cloud() {
    FakePrestaShopCloud c = cloud;
    if (c == null) {
      throw new IllegalStateException(
          cloudStarter == null
              ? "this extension runs no fake cloud; use withCloud()"
              : "the fake cloud runs only while tests run");
    }
    return c;
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
    startAll();
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
      startAll();
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

  private void startAll() {
    store = starter.get();
    if (cloudStarter != null) {
      cloud = cloudStarter.get();
    }
  }

  private void stop() {
    FakePrestaShop s = store;
    FakePrestaShopCloud c = cloud;
    store = null;
    cloud = null;
    try {
      if (s != null) {
        s.close();
      }
    } finally {
      if (c != null) {
        c.close();
      }
    }
  }

  /**
   * Whether the parameter is a {@link FakePrestaShop}, or a {@link FakePrestaShopCloud} when the
   * extension runs one.
   *
   * @param parameterContext the parameter
   * @param extensionContext the JUnit context
   * @return true for a parameter this extension provides
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == FakePrestaShop.class
        || (type == FakePrestaShopCloud.class && cloudStarter != null);
  }

  /**
   * The running store (or cloud), starting them for the class if needed (a {@code @BeforeAll}
   * parameter).
   *
   * @param parameterContext the parameter
   * @param extensionContext the JUnit context
   * @return the store or the cloud
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    if (store == null) {
      perClass = true;
      startAll();
    }
    return parameterContext.getParameter().getType() == FakePrestaShopCloud.class ? cloud : store;
  }
}
