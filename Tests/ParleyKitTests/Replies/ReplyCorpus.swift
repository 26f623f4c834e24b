@testable import ParleyKit

/// The labelled client replies, written before the rules were tuned.
///
/// Each kind has its own file (`ReplyCorpus+Promises.swift`, ...). Replies that
/// mix signals are labelled by the documented precedence in ``ReplyKind``.
enum ReplyCorpus {
  /// Every labelled reply.
  static var all: [LabelledReply] {
    promises + hardship + plans + disputes + moreTime + deflections + hostile + noRealAnswer
      + mixed
  }
}
