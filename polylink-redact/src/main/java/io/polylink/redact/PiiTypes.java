package io.polylink.redact;

import java.util.List;

/** The PII type names the built-in recognizers emit; names follow Presidio's where Presidio has the type. */
public final class PiiTypes {

  private PiiTypes() {}

  public static final String PERSON = "PERSON";
  public static final String LOCATION = "LOCATION";
  public static final String ORGANIZATION = "ORGANIZATION";
  /** A postal address (street, house number, and where present city, region, postcode), as presidio-research names it. */
  public static final String STREET_ADDRESS = "STREET_ADDRESS";
  public static final String EMAIL_ADDRESS = "EMAIL_ADDRESS";
  public static final String PHONE_NUMBER = "PHONE_NUMBER";
  public static final String CREDIT_CARD = "CREDIT_CARD";
  public static final String IBAN_CODE = "IBAN_CODE";
  public static final String IP_ADDRESS = "IP_ADDRESS";
  public static final String URL = "URL";
  public static final String DATE_TIME = "DATE_TIME";
  public static final String US_SSN = "US_SSN";
  public static final String UK_NINO = "UK_NINO";
  public static final String ES_NIF = "ES_NIF";
  public static final String ES_NIE = "ES_NIE";
  public static final String FR_NIR = "FR_NIR";
  public static final String IT_FISCAL_CODE = "IT_FISCAL_CODE";
  public static final String DE_TAX_ID = "DE_TAX_ID";
  public static final String NL_BSN = "NL_BSN";
  public static final String PL_PESEL = "PL_PESEL";
  public static final String PT_NIF = "PT_NIF";
  public static final String BE_NATIONAL_NUMBER = "BE_NATIONAL_NUMBER";
  public static final String SE_PERSONNUMMER = "SE_PERSONNUMMER";
  /** A named hospital, clinic or health centre. */
  public static final String HEALTH_CENTRE = "HEALTH_CENTRE";
  /** A judge, lawyer, registrar or agent named in a court case, typed apart so a policy can keep or redact them. */
  public static final String LEGAL_PROFESSIONAL = "LEGAL_PROFESSIONAL";

  /** Every type the built-in recognizers (without a trained model) can emit. */
  public static final List<String> BUILT_IN = List.of(PERSON, LOCATION, ORGANIZATION, STREET_ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER,
      CREDIT_CARD, IBAN_CODE, IP_ADDRESS, URL, DATE_TIME, US_SSN, UK_NINO, ES_NIF, ES_NIE, FR_NIR, IT_FISCAL_CODE,
      DE_TAX_ID, NL_BSN, PL_PESEL, PT_NIF, BE_NATIONAL_NUMBER, SE_PERSONNUMMER, LEGAL_PROFESSIONAL,
      HEALTH_CENTRE);
}
