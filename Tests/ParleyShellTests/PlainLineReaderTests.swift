import Foundation
import ParleyShell
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Feeds bytes through a real pipe and reads them back with a PlainLineReader.
private func pipedReader(for bytes: [UInt8], closeWriter: Bool = true) throws -> (
  PlainLineReader, Int32
) {
  var fds: [Int32] = [-1, -1]
  try #require(pipe(&fds) == 0)
  let written = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
  try #require(written == bytes.count)
  if closeWriter { close(fds[1]) }
  return (PlainLineReader(fileDescriptor: fds[0]), fds[1])
}

private func readAll(_ reader: PlainLineReader) -> [LineInput] {
  var inputs: [LineInput] = []
  while true {
    let input = reader.readLine(prompt: "ignored> ")
    inputs.append(input)
    if input == .endOfInput || inputs.count > 100 { return inputs }
  }
}

@Suite("PlainLineReader")
struct PlainLineReaderTests {
  @Test("splits lines, counts them, ends with endOfInput")
  func lines() throws {
    let (reader, _) = try pipedReader(for: Array("open acme\nplan 3\n\nquit\n".utf8))
    #expect(!reader.isInteractive)
    #expect(reader.lineNumber == 0)
    #expect(reader.readLine(prompt: "> ") == .line("open acme"))
    #expect(reader.lineNumber == 1)
    #expect(readAll(reader) == [.line("plan 3"), .line(""), .line("quit"), .endOfInput])
    #expect(reader.lineNumber == 4)
  }

  @Test("CRLF endings lose their CR; a lone CR inside a line stays")
  func crlf() throws {
    let (reader, _) = try pipedReader(for: Array("one\r\ntwo\r\nthr\ree\n".utf8))
    #expect(readAll(reader) == [.line("one"), .line("two"), .line("thr\ree"), .endOfInput])
  }

  @Test("a last line without a newline is still a line")
  func finalLineWithoutNewline() throws {
    let (reader, _) = try pipedReader(for: Array("first\nlast".utf8))
    #expect(readAll(reader) == [.line("first"), .line("last"), .endOfInput])
    #expect(reader.lineNumber == 2)
    let (crReader, _) = try pipedReader(for: Array("last\r".utf8))
    #expect(readAll(crReader) == [.line("last"), .endOfInput])
  }

  @Test("a line that is not UTF-8 is refused as such, never guessed at; the next line reads")
  func invalidUTF8() throws {
    let bytes: [UInt8] =
      Array("pay £5 ".utf8) + [0xff, 0xfe] + Array(" café\nnext ü\n".utf8) + [0xc3]
    let (reader, _) = try pipedReader(for: bytes)
    #expect(readAll(reader) == [.notUTF8, .line("next ü"), .notUTF8, .endOfInput])
    #expect(reader.lineNumber == 3)
  }

  @Test("empty input ends at once, and asking again never blocks")
  func emptyInput() throws {
    let (reader, _) = try pipedReader(for: [])
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
    #expect(reader.lineNumber == 0)
  }

  @Test("after the end, no more reads: later writes to the pipe are not seen")
  func neverReadsAfterEnd() throws {
    // The pipe is still open for writing: the reader would block if it read.
    let (reader, writer) = try pipedReader(for: Array("only\n".utf8), closeWriter: false)
    #expect(reader.readLine(prompt: "") == .line("only"))
    close(writer)
    #expect(reader.readLine(prompt: "") == .endOfInput)
    #expect(reader.readLine(prompt: "") == .endOfInput)
  }

  @Test("lines split across reads and long lines come back whole")
  func longLines() throws {
    let long = String(repeating: "é", count: 100_000)  // 200 kB, larger than one read
    var fds: [Int32] = [-1, -1]
    try #require(pipe(&fds) == 0)
    let writer = fds[1]
    let payload = Array((long + "\nnext").utf8)
    let thread = Thread {
      var offset = 0
      while offset < payload.count {
        let count = payload[offset...].withUnsafeBytes {
          write(writer, $0.baseAddress, min($0.count, 7_000))
        }
        if count <= 0 { break }
        offset += count
      }
      close(writer)
    }
    thread.start()
    let reader = PlainLineReader(fileDescriptor: fds[0])
    #expect(reader.readLine(prompt: "") == .line(long))
    #expect(reader.readLine(prompt: "") == .line("next"))
    #expect(reader.readLine(prompt: "") == .endOfInput)
    close(fds[0])
  }

  @Test("remember does nothing and prompts are not written")
  func quiet() throws {
    let (reader, _) = try pipedReader(for: Array("x\n".utf8))
    reader.remember("x")
    #expect(reader.readLine(prompt: "never shown> ") == .line("x"))
  }
}
