package org.mentorhub.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

  @Test
  void codesAreWellFormedAndDistinct() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = CertificateCode.random();
      assertThat(CertificateCode.isWellFormed(code)).as(code).isTrue();
      codes.add(code);
    }
    assertThat(codes).hasSize(1000);
  }

  @Test
  void malformedCodesAreRecognised() {
    assertThat(CertificateCode.isWellFormed("MH-IIII-0000-0000"))
        .as("no I in the alphabet")
        .isFalse();
    assertThat(CertificateCode.isWellFormed("' OR 1=1 --")).isFalse();
    assertThat(CertificateCode.isWellFormed(null)).isFalse();
  }
}
