import Foundation

/// Reading a workspace without opening it: for completion, which must be
/// quick and quiet and must never create a workspace as a side effect.
extension Workspace {
  /// The case ids in the workspace `environment` names, sorted, without
  /// creating, locking or checking anything: none when there is no workspace
  /// or it cannot be read.
  public static func peekCaseIDs(environment: [String: String]) -> [String] {
    guard let root = try? resolveRoot(environment: environment) else { return [] }
    let folder = root.appendingPathComponent("cases", isDirectory: true).path
    guard let names = try? FileIO.listFolder(folder) else { return [] }
    return names.filter { $0.hasSuffix(".jsonl") }
      .map { String($0.dropLast(".jsonl".count)) }
      .filter(CaseSlug.isValidID)
      .sorted()
  }
}
