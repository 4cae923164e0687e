package org.mentorhub.training;

import org.mentorhub.platform.problem.ResourceNotFoundException;

/** No certificate was issued with this verification code. */
public class UnknownCertificateException extends ResourceNotFoundException {
  public UnknownCertificateException(String code) {
    super("certificate", code);
  }
}
