/// One MIME entity (a message or a part) read into its leaves: the text
/// candidates and the attachments, following multipart structure.
struct MIMEEntity {
  /// What a part contributes to the message.
  enum Content {
    case plain(String)
    case html(String)
    case attachment(String)
    case alternative([MIMEEntity])
    case mixed([MIMEEntity])
    /// A message forwarded inline: the lines that introduce it, and the message.
    indirect case forwarded(introduction: String, message: MIMEEntity)
    case nothing
  }

  let content: Content

  /// Parts nest no deeper than this; real mail rarely passes 5.
  static let depthLimit = 40

  /// Reads the entity whose headers are `headers` and body `body`.
  init(headers: MailHeaders, body: ArraySlice<UInt8>, depth: Int, label: String) throws(MailError) {
    guard depth <= MIMEEntity.depthLimit else {
      throw .nestedTooDeeply(limit: MIMEEntity.depthLimit)
    }
    let type = MIMEHeaderValue(headers.first("Content-Type") ?? "text/plain")
    let mediaType = type.value.isEmpty ? "text/plain" : type.value
    let disposition = MIMEHeaderValue(headers.first("Content-Disposition") ?? "")
    if mediaType.hasPrefix("multipart/") {
      guard let boundary = type.parameters["boundary"], !boundary.isEmpty else {
        throw .missingBoundary(contentType: mediaType)
      }
      var children: [MIMEEntity] = []
      for (number, part) in try MIMEEntity.split(body, boundary: boundary).enumerated() {
        let (partHeaders, start) = MailHeaders.read(part)
        children.append(
          try MIMEEntity(
            headers: partHeaders, body: part[start...], depth: depth + 1,
            label: "\(label).\(number + 1)"))
      }
      content = mediaType == "multipart/alternative" ? .alternative(children) : .mixed(children)
      return
    }
    var fileName = disposition.parameters["filename"] ?? type.parameters["name"]
    if mediaType == "message/rfc822" {
      // A message forwarded inline, or with no file name, is read as part of
      // the text; one sent as a named file stays a file.
      if fileName == nil || disposition.value == "inline" {
        if let forwarded = try MIMEEntity.forwarded(body, depth: depth, label: label) {
          content = forwarded
          return
        }
      }
      if fileName == nil {
        // Unreadable, yet evidence too: list it under its own subject.
        let subject = EncodedWord.decode(MailHeaders.read(body).headers.first("Subject") ?? "")
        fileName = subject.isEmpty ? "forwarded message.eml" : "\(subject).eml"
      }
    }
    if disposition.value == "attachment" || (fileName != nil && disposition.value != "inline")
      || (fileName != nil && !mediaType.hasPrefix("text/"))
    {
      content = .attachment(fileName.map(MIMEEntity.cleanName) ?? "unnamed \(mediaType) attachment")
      return
    }
    guard mediaType == "text/plain" || mediaType == "text/html" || mediaType == "text" else {
      content = .nothing
      return
    }
    let encoding = (headers.first("Content-Transfer-Encoding") ?? "").lowercased()
      .trimmingMailSpace
    let bytes: [UInt8]
    switch encoding {
    case "quoted-printable":
      bytes = TransferEncoding.quotedPrintable(body)
    case "base64":
      guard let decoded = TransferEncoding.base64(body) else {
        throw .undecodableBase64(part: label == "1" ? mediaType : "\(mediaType) (part \(label))")
      }
      bytes = decoded
    default:
      bytes = Array(body)
    }
    let charset = type.parameters["charset"] ?? ""
    var text = MailCharset.decode(bytes[...], charset: charset) ?? MailCharset.text(bytes[...])
    text = text.replacingCRLF
    if mediaType != "text/html", type.parameters["format"]?.lowercased() == "flowed" {
      let deletingSpace = type.parameters["delsp"]?.lowercased() == "yes"
      text = FlowedText.unflowed(text, deletingSpace: deletingSpace)
    }
    content = mediaType == "text/html" ? .html(text) : .plain(text)
  }

  /// The content of a forwarded message whose bytes are `body`, or nil when
  /// they are not a readable message.
  ///
  /// Nesting too deep is refused, as for any part; other damage leaves the
  /// forwarded message to be listed as a file instead.
  private static func forwarded(_ body: ArraySlice<UInt8>, depth: Int, label: String)
    throws(MailError) -> Content?
  {
    let (headers, start) = MailHeaders.read(body)
    guard !headers.fields.isEmpty else { return nil }
    let message: MIMEEntity
    do {
      message = try MIMEEntity(
        headers: headers, body: body[start...], depth: depth + 1, label: "\(label).1")
    } catch {
      if case .nestedTooDeeply = error { throw error }
      return nil
    }
    var introduction = [forwardedMarker]
    for name in ["From", "Date", "Subject"] {
      guard let value = headers.first(name), !value.isEmpty else { continue }
      introduction.append("\(name): \(EncodedWord.decode(value))")
    }
    return .forwarded(introduction: introduction.joined(separator: "\n"), message: message)
  }

  /// The line that starts a forwarded message in the text, as Gmail writes it.
  static let forwardedMarker = "---------- Forwarded message ----------"

  /// The readable text of this entity, or nil when it has none.
  ///
  /// Forwarded messages come after the text of the message that forwards them.
  var text: String? {
    switch content {
    case .plain(let text): return text
    case .html(let html): return HTMLText.plainText(html)
    case .attachment, .nothing: return nil
    case .forwarded(let introduction, let message):
      let body = (message.text ?? "").trimmingMailSpace
      return body.isEmpty ? introduction : introduction + "\n\n" + body
    case .alternative(let children):
      if let plain = children.first(where: { if case .plain = $0.content { true } else { false } })
      {
        return plain.text
      }
      return children.lazy.compactMap(\.text).first
    case .mixed(let children):
      let own = children.filter { !$0.isForwarded }
      let texts = (own + children.filter(\.isForwarded)).compactMap(\.text?.trimmingMailSpace)
        .filter { !$0.isEmpty }
      return texts.isEmpty ? nil : texts.joined(separator: "\n\n")
    }
  }

  private var isForwarded: Bool {
    if case .forwarded = content { true } else { false }
  }

  /// The attachment names in this entity, depth first.
  var attachmentNames: [String] {
    switch content {
    case .attachment(let name): return [name]
    case .alternative(let children), .mixed(let children):
      return children.flatMap(\.attachmentNames)
    case .forwarded(_, let message): return message.attachmentNames
    case .plain, .html, .nothing: return []
    }
  }

  /// A file name without any folder path a sender's mailer left in it.
  private static func cleanName(_ name: String) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
    return last.isEmpty ? name : last
  }

  /// The parts between `--boundary` lines; the preamble and epilogue are dropped.
  ///
  /// A body cut off before its closing line keeps the parts it has.
  static func split(_ body: ArraySlice<UInt8>, boundary: String) throws(MailError) -> [ArraySlice<
    UInt8
  >] {
    let marker = Array("--\(boundary)".utf8)
    var parts: [ArraySlice<UInt8>] = []
    var partStart: Int? = nil
    var lineStart = body.startIndex
    while lineStart < body.endIndex {
      let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
      let next = lineEnd < body.endIndex ? lineEnd + 1 : lineEnd
      let line = body[lineStart..<lineEnd]
      if line.starts(with: marker) {
        let after = line.dropFirst(marker.count)
        let closing = after.starts(with: [0x2D, 0x2D])
        let rest = closing ? after.dropFirst(2) : after
        if rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
          if let start = partStart {
            // The line break before the boundary line belongs to the boundary.
            var end = lineStart
            if end > start, body[end - 1] == 0x0A { end -= 1 }
            if end > start, body[end - 1] == 0x0D { end -= 1 }
            parts.append(body[start..<end])
          }
          if closing { return parts }
          partStart = next
        }
      }
      lineStart = next
    }
    guard let start = partStart else { throw .boundaryNotFound(boundary: boundary) }
    if start < body.endIndex { parts.append(body[start...]) }
    return parts
  }
}
