package io.polylink.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypeFamiliesTest {

  @Test
  void schemasMeetInFamilies() {
    for (String t : new String[] {"PER", "PERSON", "NOMBRE_SUJETO_ASISTENCIA", "NOMBRE_PERSONAL_SANITARIO",
        "LEGAL_PROFESSIONAL", "FAMILIARES_SUJETO_ASISTENCIA", "per"}) {
      assertEquals(TypeFamilies.PERSON, TypeFamilies.of(t), t);
    }
    for (String t : new String[] {"DATE", "FECHAS", "DATE_TIME", "TIME", "DATETIME"}) {
      assertEquals(TypeFamilies.DATE_TIME, TypeFamilies.of(t), t);
    }
    for (String t : new String[] {"LOC", "LOCATION", "CALLE", "TERRITORIO", "PAIS", "STREET_ADDRESS", "GPE"}) {
      assertEquals(TypeFamilies.LOCATION, TypeFamilies.of(t), t);
    }
    for (String t : new String[] {"ORG", "HOSPITAL", "INSTITUCION", "CENTRO_SALUD", "ORGANIZATION"}) {
      assertEquals(TypeFamilies.ORGANIZATION, TypeFamilies.of(t), t);
    }
    for (String t : new String[] {"CODE", "ID_SUJETO_ASISTENCIA", "ID_TITULACION_PERSONAL_SANITARIO", "ES_NIF",
        "US_SSN", "IBAN_CODE", "CREDIT_CARD"}) {
      assertEquals(TypeFamilies.IDENTIFIER, TypeFamilies.of(t), t);
    }
    assertEquals(TypeFamilies.PHONE, TypeFamilies.of("NUMERO_TELEFONO"));
    assertEquals(TypeFamilies.PHONE, TypeFamilies.of("NUMERO_FAX"));
    assertEquals(TypeFamilies.EMAIL, TypeFamilies.of("CORREO_ELECTRONICO"));
    assertEquals(TypeFamilies.IP, TypeFamilies.of("DIRECCION_IP"));
    assertEquals("NATIONALITY", TypeFamilies.of("NATIONALITY"));
    assertEquals("EDAD_SUJETO_ASISTENCIA", TypeFamilies.of("EDAD_SUJETO_ASISTENCIA"));
  }
}
