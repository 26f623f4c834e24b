import Testing

@testable import ParleyKit

@Suite("WithinTheLimitationPeriod: a shorter period for an agreement not in writing")
struct WithinTheLimitationPeriodTests {
  @Test func inCaliforniaAnOralAgreementRunsOutAfterTwoYears() throws {
    let california = builtInProfile("us-ca")
    let email = ProposedStep.logContact(.email)
    // Due 31 Jan 2027: two years for an oral agreement, four for a written one.
    let state = try CaseBuilder().state()
    let within = ProcessGuard.check(
      email, state: state, profile: california, now: noon("2029-01-30"))
    #expect(!within.contains { $0.rule == .pastLimitation })
    let oral = ProcessGuard.check(email, state: state, profile: california, now: noon("2029-02-01"))
    let warning = try #require(oral.first { $0.rule == .pastLimitation })
    #expect(warning.why.contains("if the agreement was not in writing"))
    #expect(warning.why.contains("(4 years for a written one)"))
    #expect(warning.facts.map(\.path) == ["limitationYears", "limitationYearsOral"])
    let written = ProcessGuard.check(
      email, state: state, profile: california, now: noon("2031-02-01"))
    #expect(
      written.first { $0.rule == .pastLimitation }?.why.contains("more than 4 years ago") == true)
  }
}
