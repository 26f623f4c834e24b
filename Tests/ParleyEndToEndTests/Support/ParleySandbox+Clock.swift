import Foundation
import Testing

/// Runs at another moment than ``ParleySandbox/now``: the way the plan tests
/// let days pass (payments arrive, installments fall due, then are missed).
extension ParleySandbox {
  /// Runs `parley arguments...` with the clock fixed at `now` (UTC, `YYYY-MM-DDTHH:MM:SSZ`).
  func run(_ arguments: [String], at now: String, stdin: String = "") throws -> ParleyResult {
    try run(arguments, stdin: stdin, environment: ["PARLEY_NOW": now])
  }

  /// Runs a command at `now` that must succeed, and records why if it does not.
  @discardableResult
  func succeed(_ arguments: [String], at now: String = ParleySandbox.now, stdin: String = "")
    throws -> ParleyResult
  {
    let result = try run(arguments, at: now, stdin: stdin)
    try #require(result.status == 0, "parley \(arguments) at \(now) failed: \(result)")
    return result
  }

  /// Runs a script (`lines` on stdin) with the clock fixed at `now`.
  func script(_ lines: [String], at now: String) throws -> ParleyResult {
    try script(lines, environment: ["PARLEY_NOW": now])
  }

  /// A path inside the sandbox for a file a command writes (an export).
  func path(_ name: String) -> String {
    root.appendingPathComponent(name).path
  }
}

/// An amount in JSON output (`{"amount": "1200.50", "currency": "GBP"}`) as
/// integer minor units (120050), read from its decimal string without floating point.
///
/// Nil unless the amount is a plain decimal with exactly two decimal places.
func minorUnits(_ value: Any?) -> Int? {
  guard let text = money(value)?["amount"] else { return nil }
  let negative = text.hasPrefix("-")
  let digits = negative ? text.dropFirst() : Substring(text)
  let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
  guard parts.count == 2, parts[1].count == 2,
    parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }),
    let units = Int(parts[0] + parts[1])
  else { return nil }
  return negative ? -units : units
}

/// The installments of a plan in JSON output (`plan show --json`, `cases --json`'s `plan`).
func planInstallments(_ plan: Any?) throws -> [[String: Any]] {
  let object = try #require(
    plan as? [String: Any], "not a plan object: \(String(describing: plan))")
  return try #require(
    object["installments"] as? [[String: Any]], "no installments in \(object)")
}
