import Foundation

extension TextTokenizer {
  /// Reads one word starting at `start`, emits its tokens, and returns where it ends.
  mutating func scanWord(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    if let end = scanPlainWord(buf, from: start) { return end }
    let n = buf.count
    scratch.removeAll(keepingCapacity: true)
    scratchOffsets.removeAll(keepingCapacity: true)
    var j = start
    var hasUpper = false
    var hasLower = false
    var hasDigit = false
    var hasLetter = false
    var firstUpper = false
    var nonASCII = false
    var starred = false
    var lettersBeforeStar = 0
    let afterStar = start > 0 && buf[start - 1] == UInt8(ascii: "*")
    while j < n {
      let b = buf[j]
      if b < 0x80 {
        if Self.isLetter(b) {
          let upper = b < UInt8(ascii: "a")
          if scratch.isEmpty { firstUpper = upper }
          if upper { hasUpper = true } else { hasLower = true }
          hasLetter = true
          if !starred { lettersBeforeStar += 1 }
          scratch.append(b | 0x20)
          scratchOffsets.append(j)
          j += 1
        } else if Self.isDigit(b) {
          hasDigit = true
          scratch.append(b)
          scratchOffsets.append(j)
          j += 1
        } else if Self.isNumberSeparator(b), j > start, Self.isDigit(buf[j - 1]), j + 1 < n,
          Self.isDigit(buf[j + 1])
        {
          scratch.append(b)
          scratchOffsets.append(j)
          j += 1
        } else if b == UInt8(ascii: "'"), !scratch.isEmpty, j + 1 < n,
          Self.isLetterAt(buf, j + 1)
        {
          scratch.append(UInt8(ascii: "'"))
          scratchOffsets.append(j)
          j += 1
        } else if b == UInt8(ascii: "*"), hasLetter, !afterStar, lettersBeforeStar <= 4,
          starred || (j + 1 < n && (Self.isLetter(buf[j + 1]) || buf[j + 1] == b))
        {
          starred = true
          scratch.append(b)
          scratchOffsets.append(j)
          j += 1
        } else {
          break
        }
      } else {
        let (scalar, length) = Self.decode(buf, at: j)
        guard let scalar else { break }
        if scalar.value == 0x2019 || scalar.value == 0x2018 {
          guard !scratch.isEmpty, j + length < n, Self.isLetterAt(buf, j + length) else { break }
          scratch.append(UInt8(ascii: "'"))
          scratchOffsets.append(j)
          j += length
          continue
        }
        guard Self.isWordScalar(scalar) else { break }
        let properties = scalar.properties
        if properties.isUppercase {
          if scratch.isEmpty { firstUpper = true }
          hasUpper = true
        } else if properties.isLowercase {
          hasLower = true
        }
        if properties.isAlphabetic { hasLetter = true }
        nonASCII = true
        for k in j..<(j + length) {
          scratch.append(buf[k])
          scratchOffsets.append(k)
        }
        j += length
      }
    }
    if hasLower { lineHasLowercase = true }
    lineOnlySpaces = false
    lastNonSpaceByte = UInt8(ascii: "a")

    var flags: TokenFlags = []
    if hasDigit { flags.insert(.hasDigit) }
    if hasLetter { flags.insert(.hasLetter) }
    if hasUpper && !hasLower { flags.insert(.allCaps) }
    if starred { flags.insert(.starred) }
    if hasDigit, moneyAt == start { flags.insert(.money) }
    if start >= 1, buf[start - 1] == UInt8(ascii: "#") { flags.insert(.joinedBefore) }
    if start >= 2, Self.isJoiner(buf[start - 1]), Self.isAlnum(buf[start - 2]) {
      flags.insert(.joinedBefore)
    }
    if j + 1 < n, Self.isJoiner(buf[j]), Self.isAlnum(buf[j + 1]) { flags.insert(.joinedAfter) }

    if nonASCII { normalizeScratch() }
    emitPieces(start: start, end: j, flags: flags, firstUpper: firstUpper, exact: !nonASCII)
    return j
  }

  /// The common case, without copying: a word of ASCII letters and digits
  /// only, hashed and looked up in place. Returns nil, having done nothing,
  /// when the word continues with an apostrophe, a star, a separator inside a
  /// number, or a non-ASCII letter.
  private mutating func scanPlainWord(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let n = buf.count
    var j = start
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var uppers = 0
    var lowers = 0
    var digits = 0
    while j < n {
      var b = buf[j]
      if b >= 0x61, b <= 0x7A {
        lowers += 1
      } else if b >= 0x41, b <= 0x5A {
        uppers += 1
        b |= 0x20
      } else if b >= 0x30, b <= 0x39 {
        digits += 1
      } else {
        break
      }
      hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3
      j += 1
    }
    if j < n {
      let b = buf[j]
      if b >= 0x80 || b == UInt8(ascii: "'") || b == UInt8(ascii: "*") { return nil }
      if digits > 0, Self.isNumberSeparator(b), j + 1 < n, Self.isDigit(buf[j + 1]) { return nil }
    }
    if lowers > 0 { lineHasLowercase = true }
    lineOnlySpaces = false
    lastNonSpaceByte = UInt8(ascii: "a")
    var flags: TokenFlags = []
    if digits > 0 { flags.insert(.hasDigit) }
    if uppers + lowers > 0 { flags.insert(.hasLetter) }
    if uppers > 0, lowers == 0 { flags.insert(.allCaps) }
    if buf[start] >= 0x41, buf[start] <= 0x5A { flags.insert(.capitalized) }
    if digits > 0, moneyAt == start { flags.insert(.money) }
    if start >= 1, buf[start - 1] == UInt8(ascii: "#") { flags.insert(.joinedBefore) }
    if start >= 2, Self.isJoiner(buf[start - 1]), Self.isAlnum(buf[start - 2]) {
      flags.insert(.joinedBefore)
    }
    if j + 1 < n, Self.isJoiner(buf[j]), Self.isAlnum(buf[j + 1]) { flags.insert(.joinedAfter) }
    let ids = lexicon.lookup(hash: hash, in: buf, from: start, to: j, folding: true)
    emit(start: start, end: j, id: ids.0, flags: flags)
    if ids.1 >= 0 {
      var second = flags
      second.insert(.contractionPiece)
      second.remove(.capitalized)
      emit(start: start, end: j, id: ids.1, flags: second)
    }
    return j
  }

  /// Folds a non-ASCII word: lower case, then NFKC (fullwidth letters and
  /// ligatures become plain letters), with curly apostrophes made straight.
  private mutating func normalizeScratch() {
    let word = String(decoding: scratch, as: UTF8.self).lowercased()
    let folded = word.precomposedStringWithCompatibilityMapping
      .replacingOccurrences(of: "\u{2019}", with: "'")
    scratch = Array(folded.lowercased().utf8)
  }

  /// Splits the word in `scratch` at its apostrophes (`do` + `n't`) and emits
  /// each piece; `exact` says whether `scratchOffsets` gives each byte's place.
  private mutating func emitPieces(
    start: Int, end: Int, flags: TokenFlags, firstUpper: Bool, exact: Bool
  ) {
    var cuts: [Int] = [0]
    for index in 1..<max(1, scratch.count) where scratch[index] == UInt8(ascii: "'") {
      if index + 2 == scratch.count, scratch[index + 1] == UInt8(ascii: "t"),
        scratch[index - 1] == UInt8(ascii: "n"), index - 1 > cuts[cuts.count - 1]
      {
        cuts.append(index - 1)
      } else {
        cuts.append(index)
      }
    }
    cuts.append(scratch.count)
    for piece in 0..<(cuts.count - 1) {
      let lower = cuts[piece]
      let upper = cuts[piece + 1]
      guard lower < upper else { continue }
      let ids = scratch.withUnsafeBufferPointer {
        lexicon.lookup(UnsafeBufferPointer(rebasing: $0[lower..<upper]))
      }
      var pieceStart = start
      var pieceEnd = end
      if exact {
        pieceStart = scratchOffsets[lower]
        pieceEnd = upper < scratchOffsets.count ? scratchOffsets[upper] : end
      }
      var pieceFlags = flags
      if piece == 0, firstUpper { pieceFlags.insert(.capitalized) }
      if piece > 0 { pieceFlags.insert(.contractionPiece) }
      emit(start: pieceStart, end: pieceEnd, id: ids.0, flags: pieceFlags)
      if ids.1 >= 0 {
        pieceFlags.insert(.contractionPiece)
        pieceFlags.remove(.capitalized)
        emit(start: pieceStart, end: pieceEnd, id: ids.1, flags: pieceFlags)
      }
    }
  }

  static func isLetter(_ b: UInt8) -> Bool {
    let lower = b | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }

  static func isDigit(_ b: UInt8) -> Bool {
    b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
  }

  static func isAlnum(_ b: UInt8) -> Bool {
    isLetter(b) || isDigit(b)
  }

  static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
  }

  /// Quotes and brackets that may close a sentence after its period.
  static func isClosing(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")")
      || b == UInt8(ascii: "]") || b >= 0x80
  }

  static func isNumberSeparator(_ b: UInt8) -> Bool {
    b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
      || b == UInt8(ascii: "/") || b == UInt8(ascii: "-")
  }

  static func isJoiner(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == UInt8(ascii: "_")
      || b == UInt8(ascii: ".")
  }

  /// Whether a letter (ASCII or not) starts at `index`.
  static func isLetterAt(_ buf: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    let b = buf[index]
    if b < 0x80 { return isLetter(b) }
    let (scalar, _) = decode(buf, at: index)
    return scalar.map { $0.properties.isAlphabetic } ?? false
  }

  /// Whether a non-ASCII scalar belongs inside a word: letters, marks, digits.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .decimalNumber: return true
    default: return false
    }
  }

  /// Decodes the scalar starting at `index`; nil (and length 1) for a stray byte.
  static func decode(_ buf: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar?, Int) {
    let b0 = buf[index]
    let length: Int
    var value: UInt32
    switch b0 {
    case 0xC0..<0xE0:
      length = 2
      value = UInt32(b0 & 0x1F)
    case 0xE0..<0xF0:
      length = 3
      value = UInt32(b0 & 0x0F)
    case 0xF0..<0xF8:
      length = 4
      value = UInt32(b0 & 0x07)
    default:
      return (nil, 1)
    }
    guard index + length <= buf.count else { return (nil, 1) }
    for k in 1..<length {
      value = (value << 6) | UInt32(buf[index + k] & 0x3F)
    }
    return (Unicode.Scalar(value), length)
  }
}
