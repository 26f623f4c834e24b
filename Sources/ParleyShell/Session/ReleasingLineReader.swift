/// A line reader that lets held output out (``PagedOutput/release()``)
/// before each read, so a question is never asked under text still held back.
final class ReleasingLineReader: LineReader {
  private let reader: LineReader
  private let output: PagedOutput

  /// Reads with `reader`, releasing `output` first.
  init(_ reader: LineReader, releasing output: PagedOutput) {
    self.reader = reader
    self.output = output
  }

  var isInteractive: Bool { reader.isInteractive }
  var lineNumber: Int { reader.lineNumber }

  func readLine(prompt: String) -> LineInput {
    output.release()
    return reader.readLine(prompt: prompt)
  }

  func remember(_ line: String) { reader.remember(line) }
}
