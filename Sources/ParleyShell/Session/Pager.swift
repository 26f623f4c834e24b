#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The program that shows output longer than the screen, chosen as git
/// chooses its pager: `PARLEY_PAGER`, else `PAGER`, else `less`; an empty
/// value or `cat` means no pager. `less` gets `LESS=FRX` (quit when the text
/// fits, keep colours, leave the text on screen) unless `LESS` is set, and
/// `lv` gets `LV=-c` likewise.
struct Pager {
  /// The shell command that runs the pager, e.g. `less` or `most -s`.
  let command: String
  /// The environment the pager runs with.
  let environment: [String: String]

  /// The pager `environment` names, or nil when paging is off. On a dumb
  /// terminal (see ``TerminalCapabilities/isCapable``) only a pager named in
  /// the environment is used: `less` cannot draw there.
  init?(environment: [String: String], terminalIsCapable: Bool) {
    let named = environment["PARLEY_PAGER"] ?? environment["PAGER"]
    let command = (named ?? "less").trimmed
    guard !command.isEmpty, command != "cat", named != nil || terminalIsCapable else {
      return nil
    }
    // The default must be there: a missing less is no reason for a message.
    if named == nil, Self.findProgram("less", path: environment["PATH"]) == nil { return nil }
    self.command = command
    var pagerEnvironment = environment
    if pagerEnvironment["LESS"] == nil { pagerEnvironment["LESS"] = "FRX" }
    if pagerEnvironment["LV"] == nil { pagerEnvironment["LV"] = "-c" }
    self.environment = pagerEnvironment
  }

  /// Shows `text` through the pager and waits until the user leaves it.
  ///
  /// Runs the command with `/bin/sh -c`, its standard input a pipe. Returns
  /// false, having shown nothing, when the pager could not be started (the
  /// shell could not run it: status 126 or 127); the caller then prints the
  /// text itself. Ctrl-C while the pager runs is the pager's, and leaving the
  /// pager early is not an error.
  func show(_ text: String) -> Bool {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return false }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
    _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
    guard let child = ShellScript.start(command, environment: environment, input: readEnd) else {
      close(readEnd)
      close(writeEnd)
      return false
    }
    close(readEnd)
    // The user may quit the pager before reading everything: that is EPIPE
    // here, not a signal that ends parley. Ctrl-C is for the pager.
    var ignore = sigaction()
    #if canImport(Glibc)
      ignore.__sigaction_handler.sa_handler = SIG_IGN
    #else
      ignore.__sigaction_u.__sa_handler = SIG_IGN
    #endif
    var previousPipe = sigaction()
    var previousInterrupt = sigaction()
    sigaction(SIGPIPE, &ignore, &previousPipe)
    sigaction(SIGINT, &ignore, &previousInterrupt)
    defer {
      sigaction(SIGPIPE, &previousPipe, nil)
      sigaction(SIGINT, &previousInterrupt, nil)
    }
    _ = DescriptorWriter.writeAll(text, to: writeEnd)
    close(writeEnd)
    let code = ShellScript.wait(child)
    return !(code == 126 || code == 127)
  }

  /// The path of the executable `name` in the folders of `path`, if any.
  static func findProgram(_ name: String, path: String?) -> String? {
    for folder in (path ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }
}
