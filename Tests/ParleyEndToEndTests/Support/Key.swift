/// Keys as a terminal sends them.
enum Key {
  static let enter = "\r"
  static let tab = "\t"
  static let up = "\u{1b}[A"
  static let controlC = "\u{3}"
  static let controlD = "\u{4}"
}
