import ParleyKit
import ParleyStore

extension ShellError {
  /// Any error as a ``ShellError``: store failures are data errors, the rest invalid input.
  init(_ error: any Error) {
    switch error {
    case let shellError as ShellError: self = shellError
    case let caseError as CaseError: self = .invalid(caseError.message.display)
    case let draftError as DraftError: self = .invalid(draftError.message.display)
    case let storeError as StoreError:
      switch storeError {
      case .caseNotFound, .ambiguousCase, .caseIDTaken, .invalidCaseID:
        self = .invalid(storeError.description)
      default: self = .data(storeError.description)
      }
    default: self = .invalid(String(describing: error))
    }
  }
}
