import Foundation
import ParleyKit
import ParleyStore
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct WorkspaceTests {
  @Test(arguments: [
    (["PARLEY_HOME": "/p", "XDG_DATA_HOME": "/x", "HOME": "/h"], "/p"),
    (["PARLEY_HOME": "", "XDG_DATA_HOME": "/x", "HOME": "/h"], "/x/parley"),
    (["XDG_DATA_HOME": "relative/path", "HOME": "/h"], "/h/.local/share/parley"),
    (["HOME": "/h"], "/h/.local/share/parley"),
  ])
  func resolvesTheFolderFromTheEnvironment(environment: [String: String], expected: String) throws {
    #expect(try Workspace.resolveRoot(environment: environment).path == expected)
  }

  @Test func noUsableEnvironmentIsAClearError() {
    #expect(throws: StoreError.noWorkspaceFolder) {
      try Workspace.resolveRoot(environment: ["HOME": "", "PATH": "/bin"])
    }
    #expect(StoreError.noWorkspaceFolder.description.contains("set PARLEY_HOME"))
  }

  @Test func createsNestedFoldersOwnerOnly() throws {
    let temp = try TemporaryWorkspace()
    let root = temp.folder.appendingPathComponent("deep/er/parley")
    let workspace = try Workspace(environment: ["PARLEY_HOME": root.path, "HOME": "/nowhere"])
    #expect(workspace.root.path == root.path)
    #expect(temp.mode(temp.folder.appendingPathComponent("deep")) == 0o700)
    #expect(temp.mode(root) == 0o700)
    #expect(temp.mode(workspace.casesFolder) == 0o700)
  }

  @Test func aFileInTheWayIsNamed() throws {
    let temp = try TemporaryWorkspace()
    let blocker = temp.folder.appendingPathComponent("blocker")
    try Data("x".utf8).write(to: blocker)
    #expect(throws: StoreError.notAFolder(path: blocker.path)) {
      try Workspace(root: blocker.appendingPathComponent("parley"))
    }
  }

  @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
  func unwritableFolderIsPermissionDenied() throws {
    let temp = try TemporaryWorkspace()
    let locked = temp.folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
    chmod(locked.path, 0o500)
    defer { chmod(locked.path, 0o700) }
    let target = locked.appendingPathComponent("parley")
    #expect(throws: StoreError.permissionDenied(path: target.path, action: "create the folder")) {
      try Workspace(root: target)
    }
  }

  @Test func listsCasesAndIgnoresSideFiles() throws {
    let temp = try TemporaryWorkspace()
    _ = try temp.openCase(client: "Zeta Studio")
    let acme = try temp.openCase(client: "Acme Ltd")
    try temp.appendRaw(acme.url, Array("{".utf8))
    _ = try Journal.open(acme.url)
    try Data().write(to: temp.workspace.casesFolder.appendingPathComponent("notes.txt"))
    #expect(try temp.workspace.caseIDs() == ["acme-ltd", "zeta-studio"])
    #expect(
      try temp.workspace.cases() == [
        CaseSummary(id: "acme-ltd", client: "Acme Ltd"),
        CaseSummary(id: "zeta-studio", client: "Zeta Studio"),
      ])
  }

  @Test func sameClientTwiceGetsSuffixedIDs() throws {
    let temp = try TemporaryWorkspace()
    let ids = try (0..<3).map { _ in
      try temp.workspace.createCase(Fixtures.opened("Acme Ltd."), at: Fixtures.time(0)).url
        .lastPathComponent
    }
    #expect(ids == ["acme-ltd.jsonl", "acme-ltd-2.jsonl", "acme-ltd-3.jsonl"])
    #expect(try temp.workspace.newCaseID(forClient: "ACME ltd") == "acme-ltd-4")
    #expect(try temp.workspace.newCaseID(forClient: "Beta") == "beta")
  }
}
