import ParleyKit
import Testing

extension ToneCorpus {
  /// Anger, insults and profanity.
  static let flaggedHostility: [CorpusDraft] = [
    .revise("I am absolutely furious that invoice 55 is still unpaid after three months.", .anger),
    .revise("Frankly I'm fed up with chasing you for this money.", .anger),
    .revise("This is completely unacceptable. Pay the invoice.", .anger),
    .revise("How dare you ignore my emails for six weeks and then ask for more work?", .anger),
    .revise("I'm sick and tired of your excuses. Just pay the $1,200.", .anger),
    .revise("Enough is enough. I've had it with this company.", .anger),
    .revise("Honestly, this is ridiculous. A £90 invoice shouldn't take four months.", .anger),
    .revise("I'm livid. You promised payment on the 1st and nothing arrived.", .anger),
    .revise("My patience has run out. I expect payment now.", .anger),
    .revise(
      "Are you kidding me? You want a discount on an invoice that's already 60 days late?", .anger),
    .revise("What is wrong with you people? It's a simple bank transfer.", .anger, .insult),
    .dontSend("You're a liar. You said the money was sent last week and it wasn't.", .insult),
    .dontSend("Only an idiot would think I'd do another job before you pay the last one.", .insult),
    .revise(
      "Your accounts team is completely incompetent. Three weeks to process one invoice?", .insult),
    .dontSend("You are nothing but a con artist and a thief.", .insult),
    .revise("Typical cowboy outfit. Take the work and don't pay.", .insult),
    .revise("This is pathetic. Pay your suppliers like a grown-up business.", .insult),
    .dontSend("Stop being such a deadbeat and pay what you owe.", .insult),
    .revise("Your behaviour over this invoice has been thoroughly unprofessional.", .insult),
    .dontSend("Hi Craig, where the fuck is my money?", .profanity),
    .dontSend("Pay the damn invoice, you useless prick.", .profanity, .insult),
    .revise("It's been two bloody months. Please just pay it.", .profanity),
    .dontSend("This is bullshit. I did the work, now pay me.", .profanity),
    .revise("What the hell is going on with my invoice?", .profanity),
    .dontSend("I'm so done with this crap, you tossers.", .profanity, .insult),
    .dontSend("F*** this. Where's my money?", .profanity),
    .revise("WTF, it's been 90 days.", .profanity),
    .dontSend("Pay up, you scammers. Honestly.", .insult),
    .revise("I'm outraged that a company your size can't pay a £400 invoice.", .anger),
    .revise("I can't believe you'd treat a freelancer like this. Shocking.", .anger),
    .revise("Frankly, your attitude stinks.", .insult),
    .dontSend(
      """
      Hi Gary,

      Three months. THREE MONTHS. Do you have any idea how ridiculous that is? You're a clown and your business is a joke.

      Pay the £2,400 now.
      """, .anger, .insult, .shouting),
  ]
}
