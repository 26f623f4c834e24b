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
    if mediaType == "message/rfc822", fileName == nil {
      // A forwarded message is evidence too: list it under its own subject.
      let subject = EncodedWord.decode(MailHeaders.read(body).headers.first("Subject") ?? "")
      fileName = subject.isEmpty ? "forwarded message.eml" : "\(subject).eml"
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
    content = mediaType == "text/html" ? .html(text) : .plain(text)
  }

  /// The readable text of this entity, or nil when it has none.
  var text: String? {
    switch content {
    case .plain(let text): return text
    case .html(let html): return HTMLText.plainText(html)
    case .attachment, .nothing: return nil
    case .alternative(let children):
      if let plain = children.first(where: { if case .plain = $0.content { true } else { false } })
      {
        return plain.text
      }
      return children.lazy.compactMap(\.text).first
    case .mixed(let children):
      let texts = children.compactMap(\.text).filter { !$0.isEmpty }
      return texts.isEmpty ? nil : texts.joined(separator: "\n\n")
    }
  }

  /// The attachment names in this entity, depth first.
  var attachmentNames: [String] {
    switch content {
    case .attachment(let name): return [name]
    case .alternative(let children), .mixed(let children):
      return children.flatMap(\.attachmentNames)
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
