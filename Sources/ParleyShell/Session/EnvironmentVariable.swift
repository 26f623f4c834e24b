/// An environment variable parley reads, with what it does: `help
/// environment` and the manual page list the same ones.
struct EnvironmentVariable: Sendable {
  /// The name (or names read in turn, as `PARLEY_EDITOR, VISUAL, EDITOR`).
  let name: String
  /// What it does, in a line.
  let meaning: String

  /// Every variable parley reads, in the order help lists them.
  static let documented: [EnvironmentVariable] = [
    .init(
      name: "PARLEY_HOME",
      meaning: "the workspace folder (default $XDG_DATA_HOME/parley, else ~/.local/share/parley)"),
    .init(name: "XDG_DATA_HOME", meaning: "where the workspace goes when PARLEY_HOME is not set"),
    .init(
      name: "PARLEY_HISTORY",
      meaning: "the shell's history file; empty or /dev/null turns history off"
    ),
    .init(
      name: "XDG_STATE_HOME",
      meaning: "where history goes by default ($XDG_STATE_HOME/parley/history)"),
    .init(
      name: "XDG_CONFIG_HOME",
      meaning: "where your own jurisdiction profiles go ($XDG_CONFIG_HOME/parley/jurisdictions)"),
    .init(
      name: "PARLEY_EDITOR, VISUAL, EDITOR",
      meaning: "the editor for --edit and drafts, in that order (default vi)"),
    .init(name: "PARLEY_NAME", meaning: "the name drafts sign with, instead of the one in 'me'"),
    .init(
      name: "PARLEY_PAGER, PAGER",
      meaning: "the pager for output longer than the screen (default less, with LESS=FRX "
        + "when LESS is not set); empty or 'cat' turns paging off"),
    .init(name: "NO_COLOR", meaning: "set to anything but empty to turn colour off (no-color.org)"),
    .init(
      name: "CLICOLOR_FORCE",
      meaning: "set to anything but 0 for colour even off a terminal, unless NO_COLOR"),
    .init(name: "CLICOLOR", meaning: "0 turns colour off"),
    .init(
      name: "COLUMNS",
      meaning: "the width to fit help and tables to (default: the terminal's, else 80)"),
    .init(
      name: "LINES", meaning: "the screen's height, for when to page (default: the terminal's)"),
    .init(
      name: "TERM",
      meaning: "'dumb' (or INSIDE_EMACS set) turns off line editing, colour and less"),
    .init(name: "TZ", meaning: "your time zone; every entry records it"),
    .init(
      name: "PARLEY_NOW",
      meaning: "fix the clock (UTC, 2026-11-29T10:00:00Z), for tests and replays"),
    .init(name: "HOME", meaning: "your home folder, for the defaults above"),
  ]
}
