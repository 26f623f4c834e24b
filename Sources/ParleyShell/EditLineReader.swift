import CEditLine
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines on a terminal with libedit: emacs key bindings, history kept in
/// a file, Tab completion, Ctrl-C cancels the line, Ctrl-D on an empty line
/// ends input.
///
/// Create it only when ``TerminalCapabilities/usesLineEditor`` is true (stdin
/// and stdout are terminals). The prompt may wrap invisible sequences such as
/// colours in `"\u{1}"` ... `"\u{1}"` so libedit does not count them.
public final class EditLineReader: LineReader {
  /// Suggests whole words for the word being typed, given the line up to the cursor.
  public typealias Completer = (_ lineBeforeCursor: String) -> [String]

  /// How many lines the history keeps.
  public static let historySize: Int32 = 1000

  public var isInteractive: Bool { true }
  public private(set) var lineNumber = 0

  /// The history file, or nil when history is not kept on disk.
  public let historyPath: String?

  private let editor: OpaquePointer
  private let history: OpaquePointer
  private let completer: Completer
  /// Owned (strdup) and never nil while libedit may draw the prompt: libedit
  /// keeps the pointer, so it must outlive `el_gets`.
  private var promptBuffer: UnsafeMutablePointer<CChar>? = strdup("")
  private var historyEvent = HistEvent()
  /// Set by the Ctrl-C key binding while a line is being edited.
  private var interruptPressed = false
  private var savesHistory = true

  /// Sets up libedit on stdin/stdout.
  ///
  /// - Parameters:
  ///   - programName: the name libedit looks up in `~/.editrc`.
  ///   - historyPath: where history is loaded from and saved to; nil keeps no history file.
  ///   - completer: asked for candidates when Tab is pressed.
  /// - Returns: nil when libedit cannot be set up (then read plainly instead).
  public init?(
    programName: String, historyPath: String?,
    completer: @escaping Completer
  ) {
    Self.prepareLocale()
    guard let editor = parley_el_init(programName) else { return nil }
    guard let history = history_init() else {
      el_end(editor)
      return nil
    }
    self.editor = editor
    self.history = history
    self.historyPath = historyPath
    self.completer = completer

    _ = parley_history_setsize(history, &historyEvent, Self.historySize)
    _ = parley_history_setunique(history, &historyEvent, 1)
    _ = parley_el_set_editor(editor, "emacs")
    _ = parley_el_set_signal(editor, 1)
    _ = parley_el_set_hist(editor, history)
    _ = parley_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    _ = parley_el_set_prompt(editor) { editor in
      EditLineReader.from(editor)?.promptBuffer
    }
    _ = parley_el_addfn(editor, "parley-complete", "Complete the word at the cursor") {
      editor, _ in
      EditLineReader.from(editor)?.complete() ?? UInt8(CC_ERROR)
    }
    _ = parley_el_bind(editor, "^I", "parley-complete")
    // Ctrl-C while editing is a key, not a signal: a SIGINT that lands between
    // two reads would be lost, and the line the user meant to drop would run.
    _ = parley_el_setty(editor, "-d", "-isig")
    _ = parley_el_addfn(editor, "parley-interrupt", "Cancel the line") { editor, _ in
      EditLineReader.from(editor)?.interruptPressed = true
      return UInt8(CC_EOF)
    }
    _ = parley_el_bind(editor, "^C", "parley-interrupt")
    InterruptSignal.install()

    if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
      // A file libedit cannot read (another tool's history, say) is never
      // overwritten: keep this session's history in memory only.
      let size = (try? FileManager.default.attributesOfItem(atPath: historyPath)[.size]) as? Int
      if parley_history_load(history, &historyEvent, historyPath) == -1, size ?? 0 > 0 {
        savesHistory = false
      }
    }
  }

  deinit {
    el_end(editor)
    history_end(history)
    free(promptBuffer)
  }

  public func readLine(prompt: String) -> LineInput {
    setPrompt(prompt)
    _ = InterruptSignal.take()
    interruptPressed = false
    var count: Int32 = 0
    guard let bytes = el_gets(editor, &count), count > 0 else {
      if interruptPressed {
        parley_write_stdout("\n")
        return .interrupted
      }
      // count -1 with EINTR: Ctrl-C (our handler has no SA_RESTART). count 0:
      // Ctrl-D on an empty line. Branch on count: errno is stale at EOF.
      // Another error (EIO: the terminal hung up) ends input, never a loop.
      // libedit echoes neither a newline for ^C nor for ^D: start a fresh line.
      let error = errno
      parley_write_stdout("\n")
      if count < 0, InterruptSignal.take() || error == EINTR {
        return .interrupted
      }
      return .endOfInput
    }
    lineNumber += 1
    var line = String(
      decoding: UnsafeRawBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
    // By scalars: "\r\n" is one Character, so hasSuffix("\n") would miss it.
    if line.unicodeScalars.last == "\n" { line.unicodeScalars.removeLast() }
    if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
    return .line(line)
  }

  /// Adds `line` as the newest entry (an older copy is dropped) and saves the
  /// history file. Blank lines are not kept.
  public func remember(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    _ = parley_history_erase(history, &historyEvent, line)
    _ = parley_history_enter(history, &historyEvent, line)
    saveHistory()
  }

  // MARK: - Prompt

  /// The prompt, its control characters escaped: it can quote what was typed
  /// before (a default answer).
  private func setPrompt(_ prompt: String) {
    let prompt = TerminalText.safe(prompt)
    if let promptBuffer, String(cString: promptBuffer) == prompt { return }
    free(promptBuffer)
    promptBuffer = strdup(prompt)
  }

  // MARK: - History file

  private func saveHistory() {
    guard let historyPath, savesHistory else { return }
    do {
      try HistoryFile.prepare(historyPath)
    } catch {
      return  // History is a convenience: never interrupt the session for it.
    }
    if parley_history_save(history, &historyEvent, historyPath) != -1 {
      _ = chmod(historyPath, 0o600)
    }
  }

  // MARK: - Completion

  private static func from(_ editor: OpaquePointer?) -> EditLineReader? {
    guard let editor, let data = parley_el_get_clientdata(editor) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
  }

  private func complete() -> UInt8 {
    guard let info = el_line(editor)?.pointee, let buffer = info.buffer, let cursor = info.cursor
    else { return UInt8(CC_ERROR) }
    let length = max(0, buffer.distance(to: cursor))
    let before = String(
      decoding: UnsafeRawBufferPointer(start: buffer, count: length), as: UTF8.self)
    switch TabCompletion.action(lineBeforeCursor: before, candidates: completer(before)) {
    case .none:
      return UInt8(CC_ERROR)
    case .insert(let text):
      return el_insertstr(editor, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
    case .list(let candidates):
      let width = Int(parley_el_columns(editor))
      let rows = TabCompletion.columns(candidates, width: width > 0 ? width : 80)
      parley_write_stdout("\n" + rows.joined(separator: "\n") + "\n")
      return UInt8(CC_REDISPLAY)
    }
  }

  // MARK: - Locale

  /// libedit decodes keystrokes with the C library's LC_CTYPE, and a Swift
  /// program starts in the "C" locale, where `£` and `é` vanish.
  private static func prepareLocale() {
    if setlocale(LC_CTYPE, "") != nil, isUTF8Codeset() { return }
    for name in ["C.UTF-8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
      if isUTF8Codeset() { return }
    }
  }

  private static func isUTF8Codeset() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}

/// Ctrl-C at a prompt: a SIGINT handler without `SA_RESTART`, so a blocked
/// read fails with EINTR (the reader returns ``LineInput/interrupted``) instead
/// of killing the process.
public enum InterruptSignal {
  /// Installs the handler. Safe to call more than once.
  public static func install() {
    _ = parley_install_sigint_handler()
  }

  /// Whether Ctrl-C was pressed since the last call; clears the flag. A command
  /// loop can poll this between steps of a long command to cancel it.
  public static func take() -> Bool {
    parley_take_sigint() != 0
  }
}
