package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** A customer's billing address. */
public final class BillingAddress extends BillingObject {
  @JsonProperty("first_name")
  private String firstName;

  @JsonProperty("last_name")
  private String lastName;

  @JsonProperty("company")
  private String company;

  @JsonProperty("line1")
  private String line1;

  @JsonProperty("line2")
  private String line2;

  @JsonProperty("city")
  private String city;

  @JsonProperty("zip")
  private String zip;

  @JsonProperty("country")
  private String country;

  @JsonProperty("vat_number")
  private String vatNumber;

  private BillingAddress() {}

  /**
   * Returns the first name.
   *
   * @return the value, empty when the server sent none ({@code first_name})
   */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /**
   * Returns the last name.
   *
   * @return the value, empty when the server sent none ({@code last_name})
   */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /**
   * Returns the company.
   *
   * @return the value, empty when the server sent none ({@code company})
   */
  public Optional<String> company() {
    return Optional.ofNullable(company);
  }

  /**
   * Returns the first address line.
   *
   * @return the value, empty when the server sent none ({@code line1})
   */
  public Optional<String> line1() {
    return Optional.ofNullable(line1);
  }

  /**
   * Returns the second address line.
   *
   * @return the value, empty when the server sent none ({@code line2})
   */
  public Optional<String> line2() {
    return Optional.ofNullable(line2);
  }

  /**
   * Returns the city.
   *
   * @return the value, empty when the server sent none ({@code city})
   */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /**
   * Returns the postal code.
   *
   * @return the value, empty when the server sent none ({@code zip})
   */
  public Optional<String> zip() {
    return Optional.ofNullable(zip);
  }

  /**
   * Returns the country, an ISO 3166-1 alpha-2 code such as {@code FR}.
   *
   * @return the value, empty when the server sent none ({@code country})
   */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /**
   * Returns the VAT number.
   *
   * @return the value, empty when the server sent none ({@code vat_number})
   */
  public Optional<String> vatNumber() {
    return Optional.ofNullable(vatNumber);
  }

  // No names or street lines: toString() output ends up in logs, and they are personal data.
  @Override
  public String toString() {
    return "BillingAddress[city=" + city + ", country=" + country + "]";
  }
}
