extension ShellContext {
  /// Runs one command, its output paged when it is longer than the screen
  /// and paging is on (see ``PagedOutput``), with colour as `options` say.
  func running(with options: GlobalOptions, _ body: () throws -> Void) throws {
    let previousStyle = style
    switch options.color {
    case .always: style = Style(isColored: true)
    case .never: style = Style(isColored: false)
    case .auto: break
    }
    defer { style = previousStyle }
    guard options.pages, let paged = output as? PagedOutput else { return try body() }
    try paged.hold(body)
  }

  /// Lets held output out now, before the user is turned to (the editor).
  func releaseOutput() {
    (output as? PagedOutput)?.release()
  }
}
