extension Money: CustomStringConvertible {
  /// The amount with its code, `1,200.50 GBP`: unambiguous in logs and test failures.
  public var description: String { formattedWithCode }
}
