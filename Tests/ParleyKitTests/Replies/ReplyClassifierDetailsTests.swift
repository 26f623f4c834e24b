import Testing

@testable import ParleyKit

@Suite("ReplyClassifier: the day a promise names")
struct ReplyClassifierDetailsTests {
  @Test("a day without a year is the recent one when next year's is far off")
  func recentDays() {
    let today = Day(validYear: 2026, month: 12, day: 1)
    let day = { (month: Int, date: Int) in Day(validYear: 2026, month: month, day: date) }
    let nextYear = { (month: Int, date: Int) in Day(validYear: 2027, month: month, day: date) }
    #expect(ReplyClassifier.recent(nextYear(11, 26), today: today) == day(11, 26))
    #expect(ReplyClassifier.recent(day(12, 15), today: today) == day(12, 15))
    #expect(ReplyClassifier.recent(nextYear(2, 1), today: today) == nextYear(2, 1))
    #expect(ReplyClassifier.recent(nextYear(5, 1), today: today) == nextYear(5, 1))
  }

  @Test("a payment already made on a named day keeps that day")
  func paidOnANamedDay() {
    let analysis = ReplyClassifier.classify(
      "I paid £240.00 to your colleague on 19 November and have the receipt.",
      today: replyToday, currency: .gbp, dateOrder: .dayFirst)
    #expect(analysis.promise?.date == Day(validYear: 2026, month: 11, day: 19))
  }

  @Test(
    "days as clients write them",
    arguments: [
      ("Paying wed, sorry for the wait", 12, 2),
      ("Yep all good, will pay $90 for the lawn mow when I'm back Sat", 12, 5),
      ("I'll make sure it's paid by Christmas Eve, sorry again.", 12, 24),
      ("Will pay the £400 by Christmas.", 12, 25),
      ("£320 coming your way now", 12, 1),
      ("Paid it on the 27th, check ur records", 11, 27),
      ("we'll pay the 640 by EOW", 12, 4),
      ("Will have it over to you EOD", 12, 1),
      ("Just e-transferred CAD 1,980.00, the password is the invoice number.", 12, 1),
      ("the amount 18 900 Kč will be paid on 14. 12. 2026.", 12, 14),
      ("sent na po ₱12k via gcash earlier 🙏 pls check", 12, 1),
      ("soz been mad busy paid u 85 quid last nite check ur acc", 11, 30),
      ("Already paid po last Nov 28 thru PayPal, $410.", 11, 28),
      ("Hi, payment 960 € was made 30.11. Br, Mikko", 11, 30),
      ("Venmo'd you $225 earlier, lmk if it didn't come thru", 12, 1),
      ("Hola Pablo, I made the transfer ayer, 850€. Sorry!!", 11, 30),
      ("I already schedule the transfer Rp 4,5 juta on Friday.", 12, 4),
      ("I'll pay on Tuesday next week, sorry for the delay.", 12, 8),
      ("Sorry sorry, I do the transfer of €1.450 the day 15. Un abrazo", 12, 15),
      ("Good day,\nthe payment 18 500 Kč will be sent on 7. 12.\nBest regards", 12, 7),
      ("hi maam done na po! sent ₱5k via gcash kanina", 12, 1),
      ("omg so sorry Ms. Patel!! venmoing you the $240 for Nov lessons rn", 12, 1),
      ("The payment was executed yesterday, 2.450,00 EUR, to your account at NLB.", 11, 30),
      ("Hi Mel, I'll definitely get the £340 to you before Christmas. Sorry!", 12, 24),
      ("Fourth reminder this week, very thorough. It's being paid on Thursday.", 12, 3),
      ("Hi Priya,\n\nC$1,340.75 will be e-transferred on Dec. 15 (our payroll date).", 12, 15),
      ("Hi Camila! sorry, i transfered you $450.000 CLP yesterday, can you check?", 11, 30),
      ("Hi Sophie, boss agreed, we pay 2.3万元 on 12月8日. Sorry for delay.", 12, 8),
      ("We made the deposit of S/ 2,350.00 to your BCP account on Friday 27/11.", 11, 27),
      ("Christmas has crept up on me! Will send the 2 grand Monday x", 12, 7),
      (
        "Pruitt Family Farms\nRt. 3 Box 118\n\nDecember 1, 2026\n\nDear Ms. Alvarez,\n\n"
          + "We will mail a check for $1,045.50 on December 10 to cover the invoice.", 12, 10
      ),
      (
        "December 1, 2026\n\nDear Ms. Tremblay,\n\nFurther to your letter of November 24, "
          + "payment of CAD 3,275.00 will be issued by electronic funds transfer on "
          + "December 15, 2026.", 12, 15
      ),
    ])
  func writtenDays(_ text: String, _ month: Int, _ day: Int) {
    let analysis = ReplyClassifier.classify(
      text, today: replyToday, currency: .gbp, dateOrder: .dayFirst)
    #expect(analysis.promise?.date == Day(validYear: 2026, month: month, day: day))
  }

  @Test("an abbreviated weekday that is an ordinary word stays a word")
  func abbreviationsAsWords() {
    #expect(triage("I'll pay, sat on it too long").promise?.date == nil)
    #expect(triage("We wed on Saturday so I will pay after").promise?.date != replyToday)
  }
}

@Suite("ReplyAmountFinder: amounts named by a currency word")
struct ReplyAmountWordTests {
  @Test(arguments: [
    ("I will pay 800 euro on Thursday.", Currency.gbp, Money(minorUnits: 80_000, currency: .eur)),
    ("Ok I pay 150 pounds on Friday", Currency.eur, Money(minorUnits: 15_000, currency: .gbp)),
    ("ill send the 250 quid friday", Currency.gbp, Money(minorUnits: 25_000, currency: .gbp)),
    (
      "ok ok ill transfer the 600 bucks friday", Currency.aud,
      Money(minorUnits: 60_000, currency: .aud)
    ),
  ])
  func currencyWords(_ text: String, _ currency: Currency, _ expected: Money) {
    let analysis = ReplyClassifier.classify(
      text, today: replyToday, currency: currency, dateOrder: .dayFirst)
    #expect(analysis.kind == .promiseToPay)
    #expect(analysis.promise?.amount == expected)
  }

  @Test(
    "amounts in the currencies and forms clients write",
    arguments: [
      ("Sir, I will do the payment of Rs. 45,000 by 4/12.", Currency.gbp, 4_500_000, Currency.inr),
      ("Hello, 1,20,000 rupees will be transferred on 8th Dec.", .usd, 12_000_000, .inr),
      ("I go send ₦150k tomorrow latest", .gbp, 15_000_000, .ngn),
      ("I sent R$ 2.300,00 by Pix just now", .usd, 230_000, .brl),
      ("I will pay 480 zł this week, sorry", .eur, 48_000, .pln),
      ("I'll send through the two and a half grand on Friday.", .aud, 250_000, .aud),
      ("Thanks for the reminder. 1,275 will be with you by Friday.", .aud, 127_500, .aud),
      (
        "Now I am back and I make the payment of 3 days x 8 hours = 24 hours x 45 € = 1.080 € "
          + "today in the afternoon.",
        .eur, 108_000, .eur
      ),
      ("no worries mate, ill chuck the 880 through on friday", .aud, 88_000, .aud),
      ("Our finance will pay RMB 8,600 to your account on Dec 10.", .usd, 860_000, .cny),
      ("payment 15.000 TL sent today from Garanti Bank", .eur, 1_500_000, .`try`),
      ("I will send the MXN $12,400 on Thursday by SPEI.", .usd, 1_240_000, .mxn),
      ("sending tonight, 375 via paypal", .usd, 37_500, .usd),
      ("I will send 2 lakh rupees on Friday", .gbp, 20_000_000, .inr),
      ("Will transfer ₹1.5 lakh tomorrow", .gbp, 15_000_000, .inr),
      ("I will pay 3,5 juta rupiah on Monday", .usd, 350_000_000, .idr),
      ("sent you ₩450,000 yesterday", .usd, 450_000, .krw),
      ("I will pay KSh 45,000 on Friday", .gbp, 4_500_000, .kes),
      ("Will send 12,000 hryvnias tomorrow", .eur, 1_200_000, .uah),
      ("I'll transfer fourteen hundred tomorrow.", .usd, 140_000, .usd),
      ("I will send the $9,200 MXN on Friday.", .usd, 920_000, .mxn),
      ("I will pay the $250.000 CLP tomorrow.", .usd, 250_000, .clp),
      ("I'll pay the $615 (NZD) on Friday.", .aud, 61_500, .nzd),
      ("Paid 2.750 kr. (DKK) this morning.", .eur, 275_000, .dkk),
      ("Sent Rs. 18,000 (LKR) yesterday.", .gbp, 1_800_000, .lkr),
      ("I'll send 6,300 pesos (ARS) on Monday.", .usd, 630_000, .ars),
      ("will e-transfer the 900 bucks Canadian on Friday", .usd, 90_000, .cad),
      ("I'll send $500 on Friday can you confirm the account", .usd, 50_000, .usd),
      ("We will transfer SAR 7,250 on Sunday.", .gbp, 725_000, .sar),
      ("Will pay 2200 TRY on Monday.", .eur, 220_000, .`try`),
      ("I'll pay 4 800 Kč tomorrow.", .eur, 480_000, .czk),
      ("paid the 3 900 kronor today", .eur, 390_000, .sek),
      ("The payment of Euro 2.150,00 will be made on 10/12.", .gbp, 215_000, .eur),
      ("Will bank in RM3,150 tomorrow.", .gbp, 315_000, .myr),
      ("EFT of R6,400.00 done this morning.", .gbp, 640_000, .zar),
      ("I will pay the S/ 1,250.00 on Friday.", .usd, 125_000, .pen),
      ("We will pay 30万円 this week.", .usd, 300_000, .jpy),
      ("I sent 4 200 DH yesterday.", .eur, 420_000, .mad),
      ("I will send 2,400 birr tomorrow.", .gbp, 240_000, .etb),
      ("Paying 95,000 yen on Friday.", .usd, 95_000, .jpy),
      ("Will pay NIS 3,300 on Sunday.", .usd, 330_000, .ils),
      ("I will send 12 triệu VND on Friday.", .usd, 12_000_000, .vnd),
      ("We will transfer 312 500 Ft on Friday.", .eur, 31_250_000, .huf),
      ("Payment Tk 46,500 will be sent on Sunday.", .gbp, 4_650_000, .bdt),
      ("I will pay the 1,900 JD on Thursday.", .gbp, 1_900_000, .jod),
      ("Will send 6200 LE tomorrow.", .gbp, 620_000, .egp),
      ("Vou pagar R$ 4 mil na sexta, I mean Friday.", .usd, 400_000, .brl),
      ("I will pay the $2 mil on Friday.", .usd, 200_000_000, .usd),
      ("We send COP 1,5 millones tomorrow.", .usd, 150_000_000, .cop),
      ("We will remit NT$48,000 on Friday.", .usd, 4_800_000, .twd),
      ("Your PKR 1,75,000 will be released tomorrow.", .gbp, 17_500_000, .pkr),
      ("I paid 64.000 dinara yesterday.", .eur, 6_400_000, .rsd),
      ("paid u yesterday, 180 cash app", .usd, 18_000, .usd),
      ("I transferred it on Monday. The full nine hundred.", .eur, 90_000, .eur),
      (
        "Cash has been tight since the flood, but I can do the full $890 this Friday.", .usd,
        89_000, .usd
      ),
      ("Hi Søren, I transferred 4.200 Danish kroner this morning.", .eur, 420_000, .dkk),
      ("E£ 16,500 will be transferred to your CIB account on 13/12.", .gbp, 1_650_000, .egp),
      ("I'll Venmo you the three fifty tonight when I get home", .usd, 35_000, .usd),
      ("I'll pay the for hundred and fifty quid tomorrow morning", .gbp, 45_000, .gbp),
      ("cheers for the nudge Kev, chucked 150 your way yesterday", .gbp, 15_000, .gbp),
      ("I will pay the 3.950 kr. (DKK) on the 8th.", .eur, 395_000, .dkk),
      ("hey yeah I owe you the twelve hundred I'll get it to you", .usd, 120_000, .usd),
      ("Pak Budi, I already transfer 3,2 juta this morning", .gbp, 320_000_000, .idr),
      ("Sorry, I sent 12 000 грн on Monday, maybe bank is slow.", .gbp, 1_200_000, .uah),
      ("We'll be sending 2 300 $ CA on December 11 by direct deposit.", .usd, 230_000, .cad),
      ("Bhai, Rs. 85,000 Monday tak aapke account mein.", .pkr, 8_500_000, .pkr),
      ("But I will send the 600 euros on the 20th, when our client pays us.", .gbp, 60_000, .eur),
      ("Hey Liam, sending the 1,800 Canadian on the 15th", .usd, 180_000, .cad),
      ("I will pay 25.000 krónur on Thursday for the piano lessons.", .eur, 25_000, .isk),
      ("Sorry!! I'll send 240만원 tomorrow morning", .usd, 2_400_000, .krw),
      ("Hi Ira! I'll send 15 тис. грн this week, sorry", .eur, 1_500_000, .uah),
      ("I'll pay the Fr. 850.– this week, promise.", .eur, 85_000, .chf),
      ("I will send the check on Thursday for two thousand three hundred", .usd, 230_000, .usd),
      ("sorry late, I transfer Rp 2,5jt tomorrow morning yaa", .gbp, 250_000_000, .idr),
      ("I already transfer Rp 750rb yesterday ya, pls check", .gbp, 75_000_000, .idr),
      ("Sorry! I send the 150 ezer forint tomorrow, promise", .eur, 15_000_000, .huf),
      ("hi! I transfer you the 300 lucas on thursday", .usd, 300_000, .clp),
      ("Tk 1.5 lakh will be sent on 10th December inshallah.", .gbp, 15_000_000, .bdt),
      ("Hi Sophie, boss agreed, we pay 2.3万元 on 12月8日.", .usd, 2_300_000, .cny),
      ("I'll transfer the 15 thousand Egyptian pounds tomorrow", .gbp, 1_500_000, .egp),
      ("hi Kasia, 3 tys. zł I transfer tomorrow, sorry!!", .eur, 300_000, .pln),
      ("tomorrow I send you the 2 millones (COP) really sorry", .usd, 200_000_000, .cop),
      ("the 15 tis. Kč goes out on the 3rd, sorry about delay", .eur, 1_500_000, .czk),
      ("We will pay the 25 bin TL on Friday.", .eur, 2_500_000, .`try`),
      ("Seven hundred fifty will be in your account tomorrow.", .usd, 75_000, .usd),
      ("I will transfer 15tr VND to you this Friday ok.", .usd, 15_000_000, .vnd),
      ("Payment 380 000 tenge will be sent on 07.12.2026.", .eur, 38_000_000, .kzt),
    ] as [(String, Currency, Int64, Currency)])
  func worldAmounts(_ text: String, _ local: Currency, _ minorUnits: Int64, _ currency: Currency) {
    let analysis = ReplyClassifier.classify(
      text, today: replyToday, currency: local, dateOrder: .dayFirst)
    #expect(analysis.promise?.amount == Money(minorUnits: minorUnits, currency: currency))
  }

  @Test("a letter's own date line is not the day promised")
  func letterDateLine() {
    let letter =
      "Cairo, 1 December 2026\n\nDear Ms. Fahmy,\n\nThe sum of LE 22,400 will be "
      + "transferred to your account. We expect the transfer on 10 December.\n\nRegards"
    let analysis = ReplyClassifier.classify(
      letter, today: replyToday, currency: .gbp, dateOrder: .dayFirst)
    #expect(analysis.promise?.date == Day(validYear: 2026, month: 12, day: 10))
  }

  @Test("`Rs` is the case's rupee when it is one, else the Indian rupee")
  func rupees() {
    for (local, expected) in [
      (Currency.pkr, Currency.pkr), (.lkr, .lkr), (.npr, .npr), (.gbp, .inr),
    ] {
      let analysis = ReplyClassifier.classify(
        "I will send Rs 55,000 tomorrow.", today: replyToday, currency: local,
        dateOrder: .dayFirst)
      #expect(analysis.promise?.amount == Money(minorUnits: 5_500_000, currency: expected))
    }
  }

  @Test("a bare number is still not money")
  func bareNumbers() {
    #expect(triage("I will pay invoice 800 on Thursday.").promise?.amount == nil)
    #expect(triage("I will pay for the 120 ft of fencing on Friday.").promise?.amount == nil)
    #expect(triage("I will pay for the twenty forty hours on Friday.").promise?.amount == nil)
  }
}
