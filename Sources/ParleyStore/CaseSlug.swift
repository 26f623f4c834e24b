import Foundation

/// Turns a client's name into a case id: lowercase ASCII letters, digits and dashes.
///
/// `Acme Ltd` → `acme-ltd`, `Café Müller & Söhne` → `cafe-muller-sohne`.
/// Accents are folded (`é` → `e`, `ß` → `ss`). A name in another script is
/// transliterated first (`Ωμέγα ΑΕ` → `omega-ae`, `Москва` → `moskva`,
/// `株式会社アクメ` → `zhu-shi-hui-sheakume`); a name of emoji takes their
/// names (`🍕` → `slice-of-pizza`); and a name with nothing readable left
/// gets `client-` and six hex digits of its SHA-256, so two such names get
/// two ids.
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
    let latin = name.contains(where: isForeignLetter) ? transliterated(name) : name
    let slug = asciiSlug(latin)
    if !slug.isEmpty { return slug }
    let symbols = asciiSlug(symbolNames(name))
    if !symbols.isEmpty { return symbols }
    return "client-" + SHA256.hexHash(Array(name.utf8)).prefix(6)
  }

  /// The ASCII letters and digits of `name`, lowercased, accents folded, each
  /// run of anything else a dash; empty when nothing is left.
  private static func asciiSlug(_ name: String) -> String {
    var out = ""
    var pendingDash = false
    for character in name.lowercased() {
      let folded = fold(character)
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
    return out
  }

  /// The ASCII that `character` folds to: its own letters without accents.
  private static func fold(_ character: Character) -> String {
    foldings[character]
      ?? String(
        String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII))
  }

  /// Whether `character` is a letter with no ASCII form of its own (Greek, Han, Arabic…).
  private static func isForeignLetter(_ character: Character) -> Bool {
    character.isLetter && fold(Character(character.lowercased())).isEmpty
  }

  /// `name` in Latin letters without accents, as ICU transliterates it, or
  /// `name` itself when it cannot.
  private static func transliterated(_ name: String) -> String {
    guard let latin = name.applyingTransform(.toLatin, reverse: false) else { return name }
    return latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
  }

  /// The Unicode names of the emoji and other symbols in `name`, a repeated one once.
  private static func symbolNames(_ name: String) -> String {
    var names: [String] = []
    for scalar in name.unicodeScalars
    where scalar.properties.isEmojiPresentation
      || scalar.properties.generalCategory == .otherSymbol
    {
      if let symbol = scalar.properties.name, names.last != symbol { names.append(symbol) }
    }
    return names.joined(separator: " ")
  }

  /// Whether `id` could be a case id: non-empty, lowercase ASCII letters, digits and dashes.
  public static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix("-")
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }
}
