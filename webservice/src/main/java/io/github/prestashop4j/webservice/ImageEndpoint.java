package io.github.prestashop4j.webservice;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of {@code /api/images} (a kind) or {@code /api/images/general} (a logo): what this key
 * may do there and which media types the store accepts for upload.
 *
 * @param name the path segment, for example {@code products} or {@code header}
 * @param methods the methods the store allows there
 * @param uploadMimeTypes the media types the store accepts ({@code upload_allowed_mimetypes})
 */
public record ImageEndpoint(
    String name, Set<WebserviceMethod> methods, List<String> uploadMimeTypes) {
  /**
   * Copies the collections.
   *
   * @param name the name
   * @param methods the methods
   * @param uploadMimeTypes the media types
   */
  public ImageEndpoint {
    Objects.requireNonNull(name, "name");
    methods = Set.copyOf(methods);
    uploadMimeTypes = List.copyOf(uploadMimeTypes);
  }

  /**
   * Tells whether a method is allowed.
   *
   * @param method the method
   * @return {@code true} if the store lists it as allowed
   */
  public boolean allows(WebserviceMethod method) {
    return methods.contains(method);
  }
}
