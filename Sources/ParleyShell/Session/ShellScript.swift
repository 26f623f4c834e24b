import Foundation

/// Runs a line of `/bin/sh` (a pager, an editor the user named) as a child
/// with default signal handling, through `posix_spawn`.
///
/// Not Foundation's `Process`, whose `run()` on Linux reads `/proc/self/fd`
/// with a copy past the end of short entries (swift-corelibs-foundation PR
/// 5472): a crash when parley opens the editor is not an option.
enum ShellScript {
  /// Starts `/bin/sh -c script sh arguments...` with `environment`, its
  /// standard input from `input` when given; nil when it could not start.
  static func start(
    _ script: String, arguments: [String] = [], environment: [String: String],
    input: Int32? = nil
  ) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let input { posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let argv = (["/bin/sh", "-c", script, "sh"] + arguments).map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }
    var child: pid_t = 0
    guard posix_spawn(&child, "/bin/sh", &actions, &attributes, argv + [nil], envp + [nil]) == 0
    else { return nil }
    return child
  }

  /// Waits for `child` to end; its exit code, or nil when a signal ended it.
  static func wait(_ child: pid_t) -> Int32? {
    var status: Int32 = 0
    while waitpid(child, &status, 0) == -1, errno == EINTR {}
    return status & 0x7f == 0 ? (status >> 8) & 0xff : nil
  }
}
