/// Why a mail message could not be read, in words the person importing it understands.
public enum MailError: Error, Hashable, Sendable {
  /// The bytes were empty.
  case empty
  /// No `Name: value` header line was found before the body.
  case noHeaders
  /// A multipart part names no `boundary` parameter in its Content-Type.
  case missingBoundary(contentType: String)
  /// A multipart part's boundary line never appears in its body.
  case boundaryNotFound(boundary: String)
  /// A base64 part holds characters or a length base64 cannot have.
  case undecodableBase64(part: String)
  /// Parts nest deeper than any real message does.
  case nestedTooDeeply(limit: Int)

  /// The problem and what to do about it, in one or two sentences.
  public var message: String {
    switch self {
    case .empty:
      return
        "The message is empty: there are no bytes to read. Check that the file is a saved email."
    case .noHeaders:
      return
        "The message has no header lines (such as \"From:\" or \"Subject:\") before its body, "
        + "so it is not an email. Export the message again as .eml."
    case .missingBoundary(let contentType):
      return
        "A part says it is \(contentType) but names no boundary, so its parts cannot be separated. "
        + "The message was probably damaged when saved; export it again."
    case .boundaryNotFound(let boundary):
      return
        "A part's boundary line \"--\(boundary)\" never appears in it, so its parts cannot be "
        + "separated. The message was probably cut short; export it again."
    case .undecodableBase64(let part):
      return
        "The \(part) part is marked base64 but holds text that is not base64, so it cannot be "
        + "decoded. The message was probably damaged when saved; export it again."
    case .nestedTooDeeply(let limit):
      return
        "The message nests parts more than \(limit) deep, which no real email does; "
        + "it cannot be read safely."
    }
  }
}
