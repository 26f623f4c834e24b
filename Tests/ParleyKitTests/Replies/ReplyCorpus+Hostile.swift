@testable import ParleyKit

extension ReplyCorpus {
  /// Hostile replies: insults, swearing, threats, "stop contacting me".
  static let hostile: [LabelledReply] = [
    .reply(.hostile, "Stop harassing me. You'll get paid when I say so."),
    .reply(.hostile, "Who the hell do you think you are chasing me like this?"),
    .reply(.hostile, "f*** off"),
    .reply(.hostile, "You're a joke. Worst designer I've ever worked with."),
    .reply(.hostile, "See you in court."),
    .reply(
      .hostile, "Keep emailing me and I'll leave a review telling everyone what a scam you are."),
    .reply(.hostile, "You're an absolute idiot if you think I'm paying this."),
    .reply(.hostile, "DO NOT CONTACT ME AGAIN!!!"),
    .reply(.hostile, "Go away."),
    .reply(.hostile, "This is bloody ridiculous, I'm sick of your emails."),
    .reply(.hostile, "Don't ever text me again 🖕"),
    .reply(.hostile, "Sue me. You'll never see a dime.", .us),
    .reply(.hostile, "How dare you send me a 'final reminder'. Pathetic."),
    .reply(
      .hostile, "If you contact my staff again I will report you to the police for harassment."),
    .reply(.hostile, "Are you actually stupid? I told you we're not paying."),
    .reply(.hostile, "piss off"),
    .reply(.hostile, "Get lost, you con artist."),
    .reply(.hostile, "Shut up about the invoice. Seriously. Shut up."),
    .reply(.hostile, "I'll make sure nobody in this town ever hires you again."),
    .reply(.hostile, "This work is garbage and you're a fraud."),
  ]
}
