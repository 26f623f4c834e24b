import Foundation

/// Turns a client's name into a case id: lowercase ASCII letters, digits and dashes.
///
/// `Acme Ltd` → `acme-ltd`, `Café Müller & Söhne` → `cafe-muller-sohne`.
/// Accents are folded (`é` → `e`, `ß` → `ss`); other letters that have no
/// ASCII form are dropped. A name with nothing left becomes `case`.
public enum CaseSlug {
  /// The longest slug, in characters (before any `-2` suffix).
  public static let maximumLength = 48

  /// Letters whose canonical decomposition has no ASCII base.
  private static let foldings: [Character: String] = [
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ŀ": "l", "ħ": "h",
  ]

  /// The slug for `name`.
  public static func slug(_ name: String) -> String {
    var out = ""
    var pendingDash = false
    for character in name.lowercased() {
      let folded =
        foldings[character]
        ?? String(
          String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.isASCII
          })
      for scalar in folded.unicodeScalars {
        let isWordCharacter =
          ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        if isWordCharacter {
          if pendingDash && !out.isEmpty { out.append("-") }
          pendingDash = false
          out.unicodeScalars.append(scalar)
        } else {
          pendingDash = true
        }
      }
      if folded.isEmpty && !character.isLetter { pendingDash = true }
    }
    if out.count > maximumLength {
      out = String(out.prefix(maximumLength))
      while out.hasSuffix("-") { out.removeLast() }
    }
    return out.isEmpty ? "case" : out
  }

  /// Whether `id` could be a case id: non-empty, lowercase ASCII letters, digits and dashes.
  public static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix("-")
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }
}
