import ParleyKit

extension ShellContext {
  /// Reads a date for `state`'s case, in its jurisdiction's day/month order.
  ///
  /// An ambiguous numeric date is echoed back in words, so a slip shows at once.
  /// A date typed without a year (`1 Oct`) is the next such day, or, for
  /// something that `happened` (a payment, a contact), the latest up to
  /// today; `yearlessFrom` sets the first day it may fall on instead.
  func day(
    _ text: String, for state: CaseState?, happened: Bool = false, yearlessFrom: Day? = nil
  ) throws -> Day {
    let order = state.flatMap { jurisdiction(for: $0)?.dateOrder } ?? .dayFirst
    let day = try today()
    let from = yearlessFrom ?? (happened ? day.adding(years: -1).adding(days: 1) : day)
    do {
      let parsed = try DayParser.parse(text, today: day, order: order, yearlessFrom: from)
      if parsed.isAmbiguous { warn("Read \(text) as \(parsed.inWords).") }
      return parsed.day
    } catch {
      throw ShellError.invalid(error.description)
    }
  }

  /// Reads an amount in `state`'s currency.
  func money(_ text: String, for state: CaseState) throws -> Money {
    do {
      let amount = try MoneyParser.parse(text, defaultCurrency: state.currency)
      guard amount.currency == state.currency else {
        throw ShellError.invalid(
          "this case is in \(state.currency.code); enter the amount in \(state.currency.code)")
      }
      return amount
    } catch let error as MoneyError {
      throw ShellError.invalid(error.description)
    }
  }

  /// Whether a command given off a terminal (one-shot or in a script) got its
  /// answers as options: then questions with a default take it, and a missing
  /// required one is a usage error, rather than reading the next line.
  func isUnattended(_ arguments: ParsedArguments) -> Bool {
    (isOneShot || !reader.isInteractive)
      && !(arguments.values.keys.filter { $0 != "case" }.isEmpty && arguments.flags.isEmpty)
  }

  /// The value of option `name`, or the answer to `question` when it was not given.
  func value(
    _ name: String, in arguments: ParsedArguments, orAsk question: Question
  ) throws -> String {
    if let given = arguments.value(name) { return given }
    if isUnattended(arguments) {
      guard let fallback = question.defaultAnswer else {
        throw ShellError.usage("--\(name) is needed (\(question.prompt))", command: nil)
      }
      return fallback
    }
    let answer = try ask(question)
    return answer.isEmpty ? (question.defaultAnswer ?? "") : answer
  }

  /// The value of option `name` read by `parse`, or the answer to `question`
  /// when it was not given; at a terminal an answer `parse` refuses is
  /// explained and asked again, so the next line typed is never taken for
  /// something else.
  func value<Value>(
    _ name: String, in arguments: ParsedArguments, orAsk question: Question,
    parse: (String) throws -> Value
  ) throws -> Value {
    if arguments.value(name) != nil || isUnattended(arguments) || !reader.isInteractive {
      return try parse(try value(name, in: arguments, orAsk: question))
    }
    while true {
      let answer = try ask(question)
      do {
        return try parse(answer.isEmpty ? (question.defaultAnswer ?? "") : answer)
      } catch let error as ShellError {
        warn("\(error.description); try again (Ctrl-C to stop)")
      }
    }
  }
}
