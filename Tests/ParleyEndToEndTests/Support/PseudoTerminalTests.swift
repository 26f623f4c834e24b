import Foundation
import Testing

/// The pty harness itself, proved on ordinary programs.
@Suite("PseudoTerminal harness")
struct PseudoTerminalTests {
  @Test("a typed line is echoed by the terminal and by cat")
  func echoesThroughCat() throws {
    let terminal = try PseudoTerminal(
      executable: "/bin/cat", environment: PseudoTerminal.environment())
    terminal.send("hello pty\r")
    #expect(terminal.waitFor("hello pty\r\n"))  // the terminal's echo
    #expect(terminal.waitFor("hello pty\r\n"))  // cat's copy, after the first match
  }

  @Test("Ctrl-C sends SIGINT to the child, which dies of it (128 + 2)")
  func controlCInterrupts() throws {
    let terminal = try PseudoTerminal(
      executable: "/bin/cat", environment: PseudoTerminal.environment())
    terminal.send("partial")
    #expect(terminal.waitFor("partial"))
    terminal.send("\u{3}")
    #expect(terminal.waitForExit() == 130)
  }

  @Test("Ctrl-D on an empty line is end of input")
  func controlDEndsInput() throws {
    let terminal = try PseudoTerminal(
      executable: "/bin/cat", environment: PseudoTerminal.environment())
    terminal.send("line\r")
    #expect(terminal.waitFor("line\r\nline\r\n"))
    terminal.send("\u{4}")
    #expect(terminal.waitForExit() == 0)
  }

  @Test("the child runs in its own session with the terminal as controlling terminal")
  func childOwnsTheTerminal() throws {
    let script = """
      read -r _ _ _ _ _ session _ < /proc/$$/stat
      [ "$session" = "$$" ] && echo session-leader
      tty -s && echo has-tty
      stty size
      printf 'TERM=%s\\n' "$TERM"
      trap 'echo caught-INT; exit 7' INT
      echo ready
      while :; do sleep 0.05; done
      """
    let terminal = try PseudoTerminal(
      executable: "/bin/sh", arguments: ["-c", script], environment: PseudoTerminal.environment())
    #expect(terminal.waitFor("session-leader"), "\(terminal.output)")
    #expect(terminal.waitFor("has-tty"))
    #expect(terminal.waitFor("24 80"))
    #expect(terminal.waitFor("TERM=xterm"))
    #expect(terminal.waitFor("ready"))
    terminal.send("\u{3}")
    #expect(terminal.waitFor("caught-INT"))
    #expect(terminal.waitForExit() == 7)
  }

  @Test("an unexpected text times out instead of hanging")
  func waitingTimesOut() throws {
    let terminal = try PseudoTerminal(
      executable: "/bin/cat", environment: PseudoTerminal.environment())
    let start = Date()
    #expect(!terminal.waitFor("never printed", timeout: 0.3))
    #expect(Date().timeIntervalSince(start) < 5)
    #expect(terminal.waitForExit(timeout: 0.2) == nil)
  }

  @Test("closing our side hangs up the child")
  func closingHangsUp() throws {
    let terminal = try PseudoTerminal(
      executable: "/bin/cat", environment: PseudoTerminal.environment())
    terminal.send("x\r")
    #expect(terminal.waitFor("x\r\nx\r\n"))
    terminal.close()
    let status = terminal.waitForExit()
    #expect(status != nil)
  }

  @Test("a missing program is an error, not a hang")
  func missingProgram() {
    #expect(throws: PseudoTerminal.Failure.self) {
      _ = try PseudoTerminal(executable: "/nonexistent/program", environment: [:])
    }
  }

  @Test("escape sequences are stripped for assertions, and waitFor sees through them")
  func stripsEscapes() throws {
    let raw = "\u{1b}[1mbold\u{1b}[0m \u{1b}]0;title\u{7}x\u{1b}(By\u{1b}[?2004h\r\n"
    #expect(PseudoTerminal.stripANSI(raw) == "bold xy\r\n")
    #expect(PseudoTerminal.normalizingNewlines("a\r\nb\rc") == "a\nb\nc")

    let terminal = try PseudoTerminal(
      executable: "/usr/bin/printf", arguments: ["\\033[31mred\\033[0m done\\n"],
      environment: PseudoTerminal.environment())
    #expect(terminal.waitFor("red done"))
    #expect(terminal.waitForExit() == 0)
    #expect(terminal.output.contains("\u{1b}[31m"))
  }
}
