import Foundation

/// Decoding of the character sets mail is written in.
///
/// ISO-8859-1 is read as Windows-1252, as browsers and mail readers do: mail
/// labelled Latin-1 routinely holds 1252's curly quotes and euro sign, and the
/// C1 control codes those bytes would otherwise mean never appear in text.
public enum MailCharset {
  /// The text of `bytes` in `charset`, or nil when the charset is not known.
  public static func decode(_ bytes: ArraySlice<UInt8>, charset: String) -> String? {
    switch charset.lowercased().trimmingCharacters(in: .whitespaces) {
    case "utf-8", "utf8":
      return String(decoding: bytes, as: UTF8.self)
    case "us-ascii", "ascii", "ansi_x3.4-1968":
      return text(bytes)
    case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "windows-1252",
      "cp1252", "x-cp1252":
      return windows1252(bytes)
    default:
      return nil
    }
  }

  /// The text of bytes whose charset is not declared: UTF-8 when they are
  /// valid UTF-8, otherwise Windows-1252 (the usual unlabelled 8-bit mail).
  public static func text(_ bytes: ArraySlice<UInt8>) -> String {
    if let valid = String(validating: bytes, as: UTF8.self) { return valid }
    return windows1252(bytes)
  }

  /// Windows-1252 text; the five bytes 1252 leaves undefined map to the same code point.
  static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let code: UInt32 =
        (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
      scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
    }
    return String(scalars)
  }

  /// Code points of bytes 0x80 to 0x9F in Windows-1252.
  private static let cp1252High: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]
}
