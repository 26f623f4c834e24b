extension MailDate {
  /// Reads an RFC 5322 `Date:` value, obsolete forms included; nil when it is not a date.
  ///
  /// Accepts a missing weekday, two-digit years (50–99 are 19xx, 00–49 are
  /// 20xx), three-digit years (+1900), optional seconds, comments, extra
  /// whitespace, and the obsolete zone names; military letters and unknown
  /// zones count as `-0000` (offset unknown).
  public init?(rfc5322 value: String) {
    var tokens: [String] = []
    var current = ""
    var depth = 0
    for character in value {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        depth = max(0, depth - 1)
      } else if depth > 0 {
        continue
      } else if character == " " || character == "\t" || character == "," || character == "\r"
        || character == "\n"
      {
        if !current.isEmpty { tokens.append(current) }
        current = ""
        continue
      } else {
        current.append(character)
        continue
      }
      if !current.isEmpty { tokens.append(current) }
      current = ""
    }
    if !current.isEmpty { tokens.append(current) }
    if let first = tokens.first, first.first?.isLetter == true,
      MailDate.month(first) == nil
    {
      tokens.removeFirst()  // the weekday says nothing the date does not
    }
    guard tokens.count >= 4 else { return nil }
    // Day and month may come either way round ("4 Dec" or the rare "Dec 4").
    var dayText = tokens[0]
    var monthText = tokens[1]
    if MailDate.month(dayText) != nil { swap(&dayText, &monthText) }
    guard let day = MailDate.number(dayText, maxDigits: 2), let month = MailDate.month(monthText),
      var year = MailDate.number(tokens[2], maxDigits: 4)
    else { return nil }
    switch tokens[2].count {
    case 2: year += year >= 50 ? 1900 : 2000
    case 3: year += 1900
    default: break
    }
    let time = tokens[3].split(separator: ":", omittingEmptySubsequences: false)
    guard time.count == 2 || time.count == 3,
      let hour = MailDate.number(String(time[0]), maxDigits: 2),
      let minute = MailDate.number(String(time[1]), maxDigits: 2),
      hour < 24, minute < 60
    else { return nil }
    var second = 0
    if time.count == 3 {
      guard let seconds = MailDate.number(String(time[2]), maxDigits: 2), seconds <= 60 else {
        return nil
      }
      second = min(seconds, 59)  // a leap second is recorded as the second before it
    }
    guard let calendarDay = Day(year: year, month: month, day: day) else { return nil }
    let offset = tokens.count > 4 ? MailDate.offset(tokens[4]) : nil
    let local =
      Int64(calendarDay.daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    self.init(secondsSince1970: local - Int64(offset ?? 0), offsetSeconds: offset)
  }

  private static func number(_ text: String, maxDigits: Int) -> Int? {
    guard !text.isEmpty, text.count <= maxDigits, text.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return Int(text)
  }

  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  private static func month(_ text: String) -> Int? {
    let lower = text.lowercased()
    guard lower.count >= 3 else { return nil }
    return months.firstIndex { lower.hasPrefix($0) }.map { $0 + 1 }
  }

  /// The offset in seconds of a zone token; nil for `-0000` and unknown zones.
  private static func offset(_ text: String) -> Int? {
    let upper = text.uppercased()
    if let sign = upper.first, sign == "+" || sign == "-" {
      let digits = upper.dropFirst()
      guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int(digits), value % 100 < 60
      else { return nil }
      let seconds = (value / 100) * 3600 + (value % 100) * 60
      if seconds == 0 && sign == "-" { return nil }
      return sign == "-" ? -seconds : seconds
    }
    let named: [String: Int] = [
      "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
      "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    ]
    return named[upper].map { $0 * 3600 }
  }
}
