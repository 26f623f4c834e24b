import Foundation
import ParleyKit

/// Where the corpora, the settings and the compiled weights live in the repository.
struct TrainingFiles {
  /// The repository's root folder.
  let root: URL

  /// The files of the repository this program was built from.
  static let repository = TrainingFiles(
    root: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent())

  var corpus: URL { root.appendingPathComponent("Sources/parley-train/Corpus") }
  var settingsFile: URL { corpus.appendingPathComponent("training-settings.json") }
  var weightsFile: URL {
    root.appendingPathComponent("Sources/ParleyKit/Resources/ModelWeights.swift")
  }

  /// The corpus files whose names start with `prefix`, in name order.
  func corpusFiles(_ prefix: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(atPath: corpus.path)
      .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".jsonl") }
      .sorted()
      .map { corpus.appendingPathComponent($0) }
  }

  func drafts() throws -> [LabelledDraft] {
    try corpusFiles("drafts-").flatMap {
      try JSONLines.decode(LabelledDraft.self, from: Data(contentsOf: $0))
    }
  }

  func replies() throws -> [CorpusReply] {
    try corpusFiles("replies-").flatMap {
      try JSONLines.decode(CorpusReply.self, from: Data(contentsOf: $0))
    }
  }

  func requests() throws -> [CorpusRequest] {
    try corpusFiles("requests-").flatMap {
      try JSONLines.decode(CorpusRequest.self, from: Data(contentsOf: $0))
    }
  }

  func settings() throws -> TrainingSettings {
    try JSONDecoder().decode(TrainingSettings.self, from: Data(contentsOf: settingsFile))
  }

  func write(_ settings: TrainingSettings) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var data = try encoder.encode(settings)
    data.append(0x0A)
    try data.write(to: settingsFile, options: .atomic)
  }
}
