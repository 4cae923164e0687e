package org.mentorhub.demo;

import java.util.List;

/** Countries with the time zones and languages their members use; the generator samples these. */
final class Places {

  /** One country: ISO code, IANA zones (largest first) and languages beside English. */
  record Place(String country, List<String> zones, List<String> languages) {}

  static final List<Place> ALL =
      List.of(
          new Place(
              "US",
              List.of(
                  "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
              List.of("es")),
          new Place(
              "CA",
              List.of(
                  "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax"),
              List.of("fr")),
          new Place(
              "MX",
              List.of("America/Mexico_City", "America/Monterrey", "America/Tijuana"),
              List.of("es")),
          new Place(
              "BR",
              List.of("America/Sao_Paulo", "America/Manaus", "America/Recife"),
              List.of("pt")),
          new Place(
              "AR",
              List.of("America/Argentina/Buenos_Aires", "America/Argentina/Cordoba"),
              List.of("es")),
          new Place("CL", List.of("America/Santiago"), List.of("es")),
          new Place("CO", List.of("America/Bogota"), List.of("es")),
          new Place("PE", List.of("America/Lima"), List.of("es")),
          new Place("JM", List.of("America/Jamaica"), List.of()),
          new Place("GB", List.of("Europe/London"), List.of("cy")),
          new Place("IE", List.of("Europe/Dublin"), List.of("ga")),
          new Place("FR", List.of("Europe/Paris"), List.of("fr")),
          new Place("DE", List.of("Europe/Berlin"), List.of("de")),
          new Place("ES", List.of("Europe/Madrid", "Atlantic/Canary"), List.of("es", "ca")),
          new Place("PT", List.of("Europe/Lisbon"), List.of("pt")),
          new Place("IT", List.of("Europe/Rome"), List.of("it")),
          new Place("NL", List.of("Europe/Amsterdam"), List.of("nl")),
          new Place("BE", List.of("Europe/Brussels"), List.of("nl", "fr")),
          new Place("SE", List.of("Europe/Stockholm"), List.of("sv")),
          new Place("NO", List.of("Europe/Oslo"), List.of("no")),
          new Place("DK", List.of("Europe/Copenhagen"), List.of("da")),
          new Place("FI", List.of("Europe/Helsinki"), List.of("fi", "sv")),
          new Place("PL", List.of("Europe/Warsaw"), List.of("pl")),
          new Place("CZ", List.of("Europe/Prague"), List.of("cs")),
          new Place("AT", List.of("Europe/Vienna"), List.of("de")),
          new Place("CH", List.of("Europe/Zurich"), List.of("de", "fr", "it")),
          new Place("GR", List.of("Europe/Athens"), List.of("el")),
          new Place("TR", List.of("Europe/Istanbul"), List.of("tr")),
          new Place("RO", List.of("Europe/Bucharest"), List.of("ro")),
          new Place("UA", List.of("Europe/Kyiv"), List.of("uk")),
          new Place("NG", List.of("Africa/Lagos"), List.of("yo", "ha", "ig")),
          new Place("GH", List.of("Africa/Accra"), List.of("ak")),
          new Place("KE", List.of("Africa/Nairobi"), List.of("sw")),
          new Place("TZ", List.of("Africa/Dar_es_Salaam"), List.of("sw")),
          new Place("UG", List.of("Africa/Kampala"), List.of("sw")),
          new Place("ZA", List.of("Africa/Johannesburg"), List.of("zu", "af")),
          new Place("EG", List.of("Africa/Cairo"), List.of("ar")),
          new Place("MA", List.of("Africa/Casablanca"), List.of("ar", "fr")),
          new Place("ET", List.of("Africa/Addis_Ababa"), List.of("am")),
          new Place("RW", List.of("Africa/Kigali"), List.of("rw", "fr")),
          new Place("SN", List.of("Africa/Dakar"), List.of("fr", "wo")),
          new Place("IN", List.of("Asia/Kolkata"), List.of("hi", "bn", "ta")),
          new Place("PK", List.of("Asia/Karachi"), List.of("ur")),
          new Place("BD", List.of("Asia/Dhaka"), List.of("bn")),
          new Place("LK", List.of("Asia/Colombo"), List.of("si", "ta")),
          new Place("CN", List.of("Asia/Shanghai"), List.of("zh")),
          new Place("JP", List.of("Asia/Tokyo"), List.of("ja")),
          new Place("KR", List.of("Asia/Seoul"), List.of("ko")),
          new Place("SG", List.of("Asia/Singapore"), List.of("zh", "ms", "ta")),
          new Place("MY", List.of("Asia/Kuala_Lumpur"), List.of("ms", "zh")),
          new Place("ID", List.of("Asia/Jakarta", "Asia/Makassar"), List.of("id")),
          new Place("PH", List.of("Asia/Manila"), List.of("tl")),
          new Place("VN", List.of("Asia/Ho_Chi_Minh"), List.of("vi")),
          new Place("TH", List.of("Asia/Bangkok"), List.of("th")),
          new Place("AE", List.of("Asia/Dubai"), List.of("ar", "hi")),
          new Place("SA", List.of("Asia/Riyadh"), List.of("ar")),
          new Place("IL", List.of("Asia/Jerusalem"), List.of("he", "ar")),
          new Place("JO", List.of("Asia/Amman"), List.of("ar")),
          new Place(
              "AU",
              List.of(
                  "Australia/Sydney",
                  "Australia/Melbourne",
                  "Australia/Perth",
                  "Australia/Brisbane"),
              List.of()),
          new Place("NZ", List.of("Pacific/Auckland"), List.of("mi")));

  private Places() {}
}
