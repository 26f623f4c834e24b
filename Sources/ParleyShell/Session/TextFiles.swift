import Foundation

/// Reads user text files (`--text-file`) as UTF-8, with clear errors.
enum TextFiles {
  /// The file's text; `-` reads standard input.
  static func read(_ path: String) throws -> String {
    let data: Data
    if path == "-" {
      data = try StandardInput.readAll()
    } else {
      guard FileManager.default.fileExists(atPath: path) else {
        throw ShellError.invalid("there is no file '\(path)'; check the path")
      }
      guard let contents = FileManager.default.contents(atPath: path) else {
        throw ShellError.invalid("'\(path)' cannot be read; check its permissions")
      }
      data = contents
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ShellError.invalid("'\(path)' is not UTF-8 text; save it as UTF-8 and try again")
    }
    return text
  }
}
