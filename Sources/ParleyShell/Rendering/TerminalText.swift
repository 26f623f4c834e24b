/// Text made safe to send to a terminal: control characters and escape
/// sequences from anything that came from outside (a client's reply, a name, a
/// note) are shown escaped, so they cannot set the clipboard (OSC 52), retitle
/// the window (OSC 0), move the cursor or hide text.
///
/// parley's own colours are written by ``Style`` with ``styleEscape`` (a
/// private-use character and this run's random key) in place of ESC; only
/// that, followed by a colour sequence (`[31m`), becomes a real escape.
/// Everything else is escaped:
///
/// - C0 controls other than tab and newline, and DEL, in caret form (`^[`, `^G`);
///   a carriage return only when no newline follows it;
/// - C1 controls, bidirectional overrides and isolates, and a stray
///   ``styleIntroducer`` without this run's key, as `<U+009B>`.
enum TerminalText {
  /// What ``Style`` writes where a colour sequence's ESC goes: a private-use
  /// character and a key drawn afresh by each run of parley, so text from
  /// outside cannot forge one.
  static let styleIntroducer: Unicode.Scalar = "\u{E01B}"
  static let styleKey = Array(
    String(UInt32.random(in: 0x1000_0000...0xFFFF_FFFF), radix: 16).unicodeScalars)
  static let styleEscape = String(styleIntroducer) + String(String.UnicodeScalarView(styleKey))

  /// `text` with every control character escaped and parley's colours made
  /// real (or, with `resolvingStyle` false, left as they are for the output
  /// to make real later).
  static func safe(_ text: String, resolvingStyle: Bool = true) -> String {
    escaped(text, style: resolvingStyle ? .resolve : .keep)
  }

  /// `text` with every control character escaped, and parley's own colour
  /// sequences too: text that must be as wide as it shows, such as a table's
  /// cells (the table adds its colours after laying them out).
  static func withoutStyle(_ text: String) -> String {
    escaped(text, style: .escape)
  }

  /// `text` without parley's own colour sequences: what a terminal shows of
  /// it, to measure.
  static func withoutStyleSequences(_ text: String) -> String {
    guard text.unicodeScalars.contains(styleIntroducer) else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == styleIntroducer, let (_, end) = colourEnd(scalars, from: index + 1) {
        index = end
        continue
      }
      result.append(scalars[index])
      index += 1
    }
    return String(result)
  }

  /// Whether ``safe(_:resolvingStyle:)`` shows `scalar` escaped rather than
  /// as it is (a carriage return before a newline aside).
  static func escapes(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, styleIntroducer.value: true
    default: false
    }
  }

  /// What becomes of parley's own colour sequences.
  private enum StyleHandling { case resolve, keep, escape }

  private static func escaped(_ text: String, style: StyleHandling) -> String {
    guard needsWork(text) else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let value = scalar.value
      if scalar == styleIntroducer, style != .escape,
        let (sequence, end) = colourEnd(scalars, from: index + 1)
      {
        if style == .resolve {
          result.append("\u{1B}")
          result.append(contentsOf: scalars[sequence..<end])
        } else {
          result.append(contentsOf: scalars[index..<end])
        }
        index = end
        continue
      }
      switch value {
      case 0x09, 0x0A:
        result.append(scalar)
      case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n":
        result.append(scalar)
      case 0x00..<0x20:
        result.append(contentsOf: "^".unicodeScalars)
        result.append(Unicode.Scalar(UInt8(value + 0x40)))
      case 0x7F:
        result.append(contentsOf: "^?".unicodeScalars)
      case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, styleIntroducer.value:
        result.append(contentsOf: "<U+\(hex(value))>".unicodeScalars)
      default:
        result.append(scalar)
      }
      index += 1
    }
    return String(result)
  }

  /// Whether `text` holds anything ``safe(_:)`` changes; most text does not.
  private static func needsWork(_ text: String) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte < 0x20, byte != 0x09, byte != 0x0A { return true }
      if byte == 0x7F { return true }
      // C1 controls (C2 80–9F), U+202A–202E (E2 80 AA–AE), U+2066–2069 (E2 81 A6–A9),
      // U+E01B (EE 80 9B).
      if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
      if beforePrevious == 0xE2, previous == 0x80, (0xAA...0xAE).contains(byte) { return true }
      if beforePrevious == 0xE2, previous == 0x81, (0xA6...0xA9).contains(byte) { return true }
      if beforePrevious == 0xEE, previous == 0x80, byte == 0x9B { return true }
      beforePrevious = previous
      previous = byte
    }
    return false
  }

  /// The end of this run's key and a colour sequence `[1;31m` starting at
  /// `keyStart`, and where the sequence starts, or nil.
  private static func colourEnd(_ scalars: [Unicode.Scalar], from keyStart: Int) -> (
    sequence: Int, end: Int
  )? {
    let start = keyStart + styleKey.count
    guard start < scalars.count, Array(scalars[keyStart..<start]) == styleKey,
      scalars[start] == "["
    else { return nil }
    var index = start + 1
    while index < scalars.count, index - start <= 16,
      ("0"..."9").contains(scalars[index]) || scalars[index] == ";"
    {
      index += 1
    }
    guard index < scalars.count, scalars[index] == "m" else { return nil }
    return (start, index + 1)
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
