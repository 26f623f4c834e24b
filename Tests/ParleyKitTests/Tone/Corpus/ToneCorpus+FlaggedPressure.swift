import ParleyKit
import Testing

extension ToneCorpus {
  /// Pestering, guilt trips, unreasonable ultimatums and shouting.
  static let flaggedPressure: [CorpusDraft] = [
    .revise("This is the third time I've asked you for payment of invoice 42.", .pestering),
    .revise("Still waiting for my money, Jake.", .pestering),
    .revise("Hi, it's me again. Reminding you again about invoice 88.", .pestering),
    .revise("I have emailed you five times now about this invoice.", .pestering),
    .revise("How many times do I have to ask for the £300?", .pestering),
    .revise("Yet again I'm chasing the same invoice. Please pay it.", .pestering),
    .revise("I'll keep calling every day until it's paid.", .pestering),
    .revise("For the fourth time: invoice 12, £650, overdue.", .pestering),
    .revise("Still no payment and still no reply. Please respond.", .pestering),
    .revise("You're ruining my business by not paying. I hope you know that.", .guiltTrip),
    .revise("I trusted you, and this is how you repay me?", .guiltTrip),
    .revise("I can't pay my rent this month because of you.", .guiltTrip),
    .revise("After everything I've done for you, you can't even pay a simple invoice?", .guiltTrip),
    .revise("How do you sleep at night knowing you owe a single mum £900?", .guiltTrip),
    .revise("You should be ashamed of yourself.", .guiltTrip),
    .revise("My kids are going without because you won't pay what you owe.", .guiltTrip),
    .revise("I thought we were friends. Clearly I was wrong.", .guiltTrip),
    .revise("Pay invoice 42 within 24 hours.", .ultimatum),
    .revise("I need the full £1,500 in my account by tonight.", .ultimatum),
    .revise("You have 48 hours to pay before I take further action.", .ultimatum),
    .revise("I expect payment by tomorrow, no excuses.", .ultimatum),
    .revise("Please settle the balance by end of day today.", .ultimatum),
    .revise("Pay by Friday or I'll stop all work on the site.", .ultimatum),
    .revise("Transfer the £220 within 3 days.", .ultimatum),
    .revise("Please pay the outstanding £800 by 4 December.", .ultimatum, context: datedOnly),
    .revise("This is your last chance to pay before I escalate.", .ultimatum),
    .revise("PAY YOUR INVOICE.", .shouting),
    .revise("I have been waiting since JUNE for this payment.", .shouting),
    .revise("Invoice 42 is overdue!!! Please pay.", .shouting),
    .revise("Hi Kim, the invoice is now 60 days late!! I need this paid.", .shouting),
    .revise("I DID THE WORK. I EXPECT TO BE PAID.", .shouting),
    .revise("Please pay invoice INV-042 for £450 IMMEDIATELY.", .shouting),
    .revise("Where is my money?!", .shouting),
    .revise(
      """
      Hi Ross,

      Just a reminder that this is now the third time I've written about invoice 55.

      I'm still waiting on £1,250. I really NEED this paid by tomorrow.

      Rob
      """, .pestering, .shouting, .ultimatum),
  ]
}
