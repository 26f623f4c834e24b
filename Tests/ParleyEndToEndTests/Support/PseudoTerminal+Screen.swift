import Foundation

extension PseudoTerminal {
  /// The output as a person would see it: each screen line after carriage
  /// returns, backspaces and the cursor movements a line editor uses
  /// (`ESC[nG`, `ESC[nC`, `ESC[nD`, `ESC[nA`, `ESC[nB`, `ESC[K`) are applied.
  /// Lines never wrap, and the screen never scrolls away.
  var screenLines: [String] { Self.render(output) }

  /// The line the cursor is on, as shown (trailing blanks kept).
  var currentScreenLine: String { Self.render(output).last ?? "" }

  /// Renders `text` (see ``screenLines``); escape sequences it does not know are dropped.
  static func render(_ text: String) -> [String] {
    var screen = Screen()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "\r": screen.column = 0
      case "\n": screen.row += 1
      case "\u{8}": screen.column = max(0, screen.column - 1)
      case "\u{7}", "\u{0}": continue
      case "\u{1b}":
        guard index < scalars.count else { break }
        let kind = scalars[index]
        index += 1
        if kind == "[" {
          var parameters = ""
          while index < scalars.count, !(0x40...0x7e).contains(scalars[index].value) {
            parameters.unicodeScalars.append(scalars[index])
            index += 1
          }
          guard index < scalars.count else { break }
          let final = scalars[index]
          index += 1
          screen.apply(final, parameters: parameters)
        } else if kind == "]" {
          while index < scalars.count, scalars[index] != "\u{7}" {
            if scalars[index] == "\u{1b}" {
              index += 1
              break
            }
            index += 1
          }
          index += 1
        } else if (0x20...0x2f).contains(kind.value) {
          // ESC, intermediate bytes (e.g. "(" in ESC ( B), then one final byte.
          while index < scalars.count, (0x20...0x2f).contains(scalars[index].value) { index += 1 }
          index += 1
        }
      default:
        if scalar.value < 0x20 { continue }
        screen.put(Character(scalar))
      }
    }
    return screen.lines
  }
}

/// A screen without edges, for ``PseudoTerminal/render(_:)``.
private struct Screen {
  var rows: [[Character]] = [[]]
  var row = 0 {
    didSet { while rows.count <= row { rows.append([]) } }
  }
  var column = 0

  var lines: [String] { rows.map { String($0) } }

  mutating func put(_ character: Character) {
    while rows[row].count < column { rows[row].append(" ") }
    if column < rows[row].count {
      rows[row][column] = character
    } else {
      rows[row].append(character)
    }
    column += 1
  }

  mutating func apply(_ final: Unicode.Scalar, parameters: String) {
    let numbers = parameters.split(separator: ";").map { Int($0) ?? 0 }
    let count = max(1, numbers.first ?? 1)
    switch final {
    case "G": column = max(0, (numbers.first ?? 1) - 1)
    case "C": column += count
    case "D": column = max(0, column - count)
    case "A": row = max(0, row - count)
    case "B": row += count
    case "K":
      switch numbers.first ?? 0 {
      case 0: if column < rows[row].count { rows[row].removeSubrange(column...) }
      case 1:
        for index in 0..<min(column + 1, rows[row].count) { rows[row][index] = " " }
      default: rows[row] = []
      }
    case "J":
      if (numbers.first ?? 0) == 0 {
        if column < rows[row].count { rows[row].removeSubrange(column...) }
        rows.removeSubrange((row + 1)...)
      }
    default: break  // colours and modes do not move anything
    }
  }
}
