import Testing

@testable import ParleyKit

/// Days and amounts found in promises.
@Suite("Reply triage: days and amounts in promises")
struct ReplyDateFinderTests {
  @Test(
    "the day promised, read on Tuesday 1 December 2026",
    arguments: [
      ("I'll pay on Friday", "2026-12-04", "Friday"),
      ("I'll pay next Friday", "2026-12-11", "next Friday"),
      ("I'll pay on 4.12", "2026-12-04", "4.12"),
      ("You'll have the £960 Friday week.", "2026-12-11", "Friday week"),
      (
        "We will pay the invoice on the fifteenth of December.", "2026-12-15",
        "the fifteenth of December"
      ),
      (
        "I was in hospital, now I am back. I'll pay 240 € tomorrow morning.", "2026-12-02",
        "tomorrow"
      ),
      ("I'll pay on the 15th", "2026-12-15", "the 15th"),
      ("I'll pay next week", "2026-12-07", "next week"),
      ("I'll pay by the end of the week", "2026-12-04", "end of the week"),
      ("I'll pay end of next week", "2026-12-11", "end of next week"),
      ("I'll pay by the end of the month", "2026-12-31", "end of the month"),
      ("I'll pay next month", "2027-01-01", "next month"),
      ("I'll pay on 15/12", "2026-12-15", "15/12"),
      ("I will pay you the day after tomorrow, promise.", "2026-12-03", "the day after tomorrow"),
      ("I'll pay the £480 on Friday 4th.", "2026-12-04", "Friday 4th"),
      ("We will pay on Wednesday the 16th.", "2026-12-16", "Wednesday the 16th"),
      ("I'll pay on 10 December", "2026-12-10", "10 December"),
      ("I'll pay on Jan 5th", "2027-01-05", "Jan 5th"),
      ("I'll pay tmrw", "2026-12-02", "tmrw"),
      ("I'll pay tonight", "2026-12-01", "tonight"),
      ("I'll pay within 7 days", "2026-12-08", "within 7 days"),
      ("I'll pay in two weeks", "2026-12-15", "in two weeks"),
      ("On Monday I'll pay", "2026-12-07", "Monday"),
      ("I'll pay. It will be with you by Thursday.", "2026-12-03", "Thursday"),
      ("I will pay you a week today, sorry.", "2026-12-08", "a week today"),
      ("will pay the rest on wendsday", "2026-12-02", "wendsday"),
    ])
  func days(text: String, iso: String, written: String) {
    let promise = triage(text).promise
    #expect(promise?.date?.iso == iso)
    #expect(promise?.dateText == written)
  }

  @Test("no day when none is named, or only past or unlikely ones")
  func noDay() {
    #expect(triage("I can't pay now, maybe soon").promise?.date == nil)
    #expect(triage("I'll pay it").promise?.date == nil)
    #expect(triage("I'll pay the 2.5 hours").promise?.date == nil)
    #expect(triage("I'll pay, sat on it too long").promise?.date == nil)
    #expect(triage("I'll pay what I said last Friday").promise?.date == nil)
    #expect(triage("I'll pay it, as I do every Friday").promise?.date == nil)
    #expect(triage("I'll pay what your letter of November 23 says").promise?.date == nil)
    #expect(triage("I'll pay the second invoice soon").promise?.date == nil)
  }

  @Test(
    "a payment already made is dated the day it was sent",
    arguments: [
      ("I paid it yesterday", "2026-11-30", "yesterday"),
      ("It went out last Friday - check your bank", "2026-11-27", "last Friday"),
      ("I paid it last Friday, you should have it by now.", "2026-11-27", "last Friday"),
      ("Transfer done this morning.", "2026-12-01", "this morning"),
      ("Just transferred $2,495.00. Ref INV-552.", "2026-12-01", "Just transferred"),
      ("Payment was made by cheque on 25 November 2026.", "2026-11-25", "25 November 2026"),
      ("we paid on 3.11. Please check your bank.", "2026-11-03", "3.11"),
      (
        "Paid yesterday arvo, $2200 sent. Should clear today or tomorrow.", "2026-11-30",
        "yesterday"
      ),
      ("Hi Daniel, I did the transfer on Monday, 1.000 €. Please confirm.", "2026-11-30", "Monday"),
      (
        "We have made the transfer yesterday, you will see it in 1-2 working days.", "2026-11-30",
        "yesterday"
      ),
      ("The £300 went over there now, sorry for the wait.", "2026-12-01", "now"),
      ("The bank transfer is out now, 410 €.", "2026-12-01", "now"),
      ("We deposited the cheque on Monday 30, please confirm.", "2026-11-30", "Monday 30"),
      ("I sent the full amount on Thursday already?", "2026-11-26", "Thursday already"),
      ("Payment: just deposited the £75, sorry for the wait.", "2026-12-01", "just deposited"),
      ("I already transfer the money yesterday evening.", "2026-11-30", "yesterday"),
      ("Sent it over last night, £150 for the alterations.", "2026-11-30", "last night"),
      ("Sending you the 300 AUD now, sorry mate", "2026-12-01", "now"),
      ("We enclose our cheque for £640.00 in full settlement.", "2026-12-01", "enclose"),
    ])
  func pastDays(text: String, iso: String, written: String) {
    let promise = read(text).promise
    #expect(promise?.date?.iso == iso)
    #expect(promise?.dateText == written)
  }

  @Test("next Friday, said when this week's Friday is still to come, asks to be confirmed")
  func nextWeekday() {
    #expect(triage("I'll pay next Friday").promise?.isDateAmbiguous == true)
    #expect(triage("I'll pay next Monday").promise?.isDateAmbiguous == false)
  }

  @Test("numeric days follow the date order; an ambiguous one says so")
  func order() {
    let us = triage("Check will go out 12/18.", currency: .usd, order: .monthFirst)
    #expect(us.promise?.date?.iso == "2026-12-18")
    let ambiguous = triage("We can pay on 03/04.")
    #expect(ambiguous.promise?.date?.iso == "2027-04-03")
    #expect(ambiguous.promise?.isDateAmbiguous == true)
  }

  @Test(
    "the amount promised, through MoneyParser",
    arguments: [
      ("I'll pay £1,200 on Friday", Currency.gbp, Int64(120_000), "GBP", "£1,200"),
      ("We will wire $5,000 Monday", .usd, 500_000, "USD", "$5,000"),
      ("We will transfer 1.200,00 EUR today", .eur, 120_000, "EUR", "1.200,00 EUR"),
      ("We will transfer €850 today", .gbp, 85_000, "EUR", "€850"),
      ("I'll pay US$ 40 today", .gbp, 4_000, "USD", "US$ 40"),
      ("Will pay GBP 300 today", .usd, 30_000, "GBP", "GBP 300"),
      ("I'll pay 1.2k today", .gbp, 120_000, "GBP", "1.2k"),
      ("We will pay the amount of 2 300 EUR on 4.12.", .eur, 230_000, "EUR", "2 300 EUR"),
      ("I have made the transfer of 1.450,00 € yesterday", .eur, 145_000, "EUR", "1.450,00 €"),
      ("The payment of 3 600,00 € is scheduled for 15/12.", .eur, 360_000, "EUR", "3 600,00 €"),
      ("I send you 150€ on friday", .eur, 15_000, "EUR", "150€"),
      ("I will pay €2,000 on Friday 18 December.", .eur, 200_000, "EUR", "€2,000"),
      ("ok I will pay 1200 tomorrow", .eur, 120_000, "EUR", "1200"),
      ("Hi Leon, I'll send the 650 on Monday", .gbp, 65_000, "GBP", "650"),
      ("Will settle on the 15th. That's £3,200 incl VAT.", .gbp, 320_000, "GBP", "£3,200"),
      ("I'll send five hundred quid on Friday", .gbp, 50_000, "GBP", "five hundred quid"),
      ("I will pay two grand next week", .gbp, 200_000, "GBP", "two grand"),
      ("we will pay 1.5 grand tomorrow", .aud, 150_000, "AUD", "1.5 grand"),
      (
        "I'll pay a hundred and fifty euros today", .gbp, 15_000, "EUR", "a hundred and fifty euros"
      ),
    ])
  func amounts(text: String, currency: Currency, units: Int64, code: String, written: String) {
    let promise = read(text, currency: currency).promise
    #expect(promise?.amount?.minorUnits == units)
    #expect(promise?.amount?.currency.code == code)
    #expect(promise?.amountText == written)
  }

  @Test("a bare number is an amount only right after a payment verb, with no unit")
  func bareNumbers() {
    #expect(triage("We will pay invoice 2041 on the 15th").promise?.amount == nil)
    #expect(triage("I'll pay for 12 hours on Friday").promise?.amount == nil)
    #expect(triage("I'll pay 2 invoices on Friday").promise?.amount == nil)
    #expect(triage("I'll pay 30 days from now").promise?.amount == nil)
    #expect(triage("I'll pay 5 on Friday").promise?.amount == nil)
  }

  @Test("the nearest amount in the promise's sentence")
  func nearestAmount() {
    let promise = triage("The invoice was £900. I'll pay £450 today and that's it.").promise
    #expect(promise?.amountText == "£450")
  }
}
