package io.github.prestashop4j.core.paging;

import io.github.prestashop4j.core.PrestaShopException;

/**
 * An {@link ItemHandler} failed during an incremental pull (CloudSync's {@code IncrementalPull},
 * the Webservice's {@code ChangeFeed}). The pull stopped; {@link #watermark()} covers exactly the
 * records whose handler returned normally, so starting the next run from it delivers the failed
 * record again and loses nothing. The handler's exception is the {@linkplain #getCause() cause}.
 */
public class IncrementalPullException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  /** The watermark after the last record handled successfully. */
  private final Watermark watermark;

  /**
   * Creates the exception.
   *
   * @param message what failed; must not contain record data
   * @param watermark the watermark after the last record handled successfully
   * @param cause the handler's exception
   */
  public IncrementalPullException(String message, Watermark watermark, Throwable cause) {
    super(message, cause);
    this.watermark = watermark;
  }

  /**
   * Returns where the next run must start.
   *
   * @return the watermark after the last record handled successfully
   */
  public Watermark watermark() {
    return watermark;
  }
}
