/// A format `export` writes: Markdown, HTML, CSV or JSON.
enum EvidenceFormat: String, CaseIterable, Sendable {
  case markdown
  case html
  case csv
  case json

  /// The file name extension, without the dot.
  var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .html: "html"
    case .csv: "csv"
    case .json: "json"
    }
  }

  /// The format a file name's extension names (`.md`, `.markdown`, `.htm`…), if any.
  init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName.hasSuffix("/") else { return nil }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "md", "markdown": self = .markdown
    case "html", "htm": self = .html
    case "csv": self = .csv
    case "json": self = .json
    default: return nil
    }
  }

  /// The record in this format; a CSV `forExcel` starts with a byte-order mark.
  /// - Throws: ``ExportError`` or an encoding error, should a renderer fail.
  func render(_ record: EvidenceRecord, forExcel: Bool = false) throws -> String {
    switch self {
    case .markdown: EvidenceMarkdown.render(record)
    case .html: EvidenceHTML.render(record)
    case .csv: try EvidenceCSV.render(record, forExcel: forExcel)
    case .json: try EvidenceJSON.render(record)
    }
  }
}
