import Foundation

@testable import ParleyKit

/// The repository's data files: the training corpora and the frozen blind sets.
enum CorpusFiles {
  /// The repository's root folder.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The folder of the training corpora.
  static let corpus = root.appendingPathComponent("Sources/parley-train/Corpus")
  /// The folder of the frozen blind sets.
  static let blindSets = root.appendingPathComponent("Tests/BlindSets")
  /// The folder of former blind sets, looked at during development.
  static let devSets = root.appendingPathComponent("Tests/DevSets")

  /// The blind drafts, written by people who saw neither the rules nor the training data.
  static func blindDrafts() throws -> [LabelledDraft] {
    try JSONLines.decode(
      LabelledDraft.self,
      from: Data(contentsOf: blindSets.appendingPathComponent("drafts-2026-12.jsonl")))
  }

  /// A blind reply set: `2026-12d` (120 replies, UK, Australian and euro),
  /// `2026-12t` (150, English-speaking countries and non-native European
  /// writers) or `2026-12u` (150, English from around the world), each by a
  /// writer who saw nothing of parley.
  static func blindReplies(_ name: String) throws -> [CorpusReply] {
    try JSONLines.decode(
      CorpusReply.self,
      from: Data(contentsOf: blindSets.appendingPathComponent("replies-\(name).jsonl")))
  }

  /// The development replies: the earlier blind sets (2026-12, 2026-12b,
  /// 2026-12c, 2026-12e, 2026-12f, 2026-12g, 2026-12h, 2026-12i, 2026-12j,
  /// 2026-12l to 2026-12s), whose misses were studied, and a set written for
  /// developing the promise details (2026-12-k).
  static func devReplies() throws -> [CorpusReply] {
    try [
      "replies-2026-12.jsonl", "replies-2026-12-k.jsonl", "replies-2026-12b.jsonl",
      "replies-2026-12c.jsonl", "replies-2026-12e.jsonl", "replies-2026-12f.jsonl",
      "replies-2026-12g.jsonl", "replies-2026-12h.jsonl", "replies-2026-12i.jsonl",
      "replies-2026-12j.jsonl", "replies-2026-12l.jsonl", "replies-2026-12m.jsonl",
      "replies-2026-12n.jsonl", "replies-2026-12o.jsonl", "replies-2026-12p.jsonl",
      "replies-2026-12q.jsonl", "replies-2026-12r.jsonl", "replies-2026-12s.jsonl",
    ].flatMap {
      try JSONLines.decode(
        CorpusReply.self, from: Data(contentsOf: devSets.appendingPathComponent($0)))
    }
  }

  /// The corpus files whose names start with `prefix`, in name order.
  static func files(_ prefix: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(atPath: corpus.path)
      .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".jsonl") }
      .sorted()
      .map { corpus.appendingPathComponent($0) }
  }

  /// Every training draft.
  static func trainingDrafts() throws -> [LabelledDraft] {
    try files("drafts-").flatMap {
      try JSONLines.decode(LabelledDraft.self, from: Data(contentsOf: $0))
    }
  }

  /// Every training reply.
  static func trainingReplies() throws -> [CorpusReply] {
    try files("replies-").flatMap {
      try JSONLines.decode(CorpusReply.self, from: Data(contentsOf: $0))
    }
  }

  /// Every training request, in file order.
  static func trainingRequests() throws -> [CorpusRequest] {
    try files("requests-").flatMap {
      try JSONLines.decode(CorpusRequest.self, from: Data(contentsOf: $0))
    }
  }

  /// The settings the committed models were trained with.
  static func settings() throws -> TrainingSettings {
    try JSONDecoder().decode(
      TrainingSettings.self,
      from: Data(contentsOf: corpus.appendingPathComponent("training-settings.json")))
  }
}
