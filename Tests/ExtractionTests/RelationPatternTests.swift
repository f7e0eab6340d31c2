@testable import Extraction
import KnowledgeGraph
import XCTest

/// The relation patterns on small exact cases: appositions and titles, passive agents listed
/// late in the clause, coordinated subjects, X-based places, units, lawsuits, obligations.
final class RelationPatternTests: ExtractionTestCase {
    func testAppositionsTitlesAndClauses() throws {
        let graph = try extract("""
        Headline
        LONDON, March 16 (Reuters) - Oliver Dowden, the minister responsible for the Cabinet Office, spoke. Vadim Ampelonsky, a spokesman for Roskomnadzor, agreed. \
        Commission Vice-President Vera Jourova met TikTok spokeswoman Brooke Oberwetter. The State Duma discussed the sovereign internet bill. The bill was submitted \
        to the State Duma in December by Senator Andrei Klishas, Senator Lyudmila Bokova and Andrei Lugovoi. Google LLC, the US-based unit of Alphabet Inc, breached \
        the Australian Consumer Law. Roskomnadzor's lawsuit against Google was granted. The United States, Canada and the European Commission have restricted TikTok. \
        The California-based company Meta must comply with the Digital Services Act.
        """)
        XCTAssertEqual(triples(graph), [
            "Alphabet Inc owns Google",
            "Andrei Klishas proposed sovereign internet bill",
            "Andrei Lugovoi proposed sovereign internet bill",
            "Australian Consumer Law applies_to Google",
            "Brooke Oberwetter spokesperson_of TikTok",
            "Canada restricts TikTok",
            "Digital Services Act applies_to Meta",
            "European Commission restricts TikTok",
            "Google located_in United States",
            "Google violated Australian Consumer Law",
            "Lyudmila Bokova proposed sovereign internet bill",
            "Meta located_in California",
            "Oliver Dowden leads Cabinet Office",
            "Roskomnadzor sued Google",
            "United States restricts TikTok",
            "Vadim Ampelonsky spokesperson_of Roskomnadzor",
            "Vera Jourova member_of European Commission",
            "restriction of TikTok targets TikTok",
            "sovereign internet bill sent_to State Duma",
        ])
    }

    /// A headline's country stands in for the body that acts in the story; a threat is hypothetical.
    func testCountryStandInsAndThreats() throws {
        let graph = try extract("""
        Russia blocks LinkedIn
        MOSCOW, Nov 17 (Reuters) - Roskomnadzor blocked LinkedIn on Thursday. Roskomnadzor warned that Telegram would be blocked if it did not comply.
        """)
        XCTAssertEqual(triples(graph), [
            "Roskomnadzor blocks LinkedIn",
            "Roskomnadzor blocks Telegram (hypothetical)",
            "block of LinkedIn targets LinkedIn",
            "block of Telegram targets Telegram",
        ])
    }

    /// Lists keep one kind: the speaker after a list of apps is not one of its objects.
    func testListsKeepOneKind() throws {
        let graph = try extract("Britain has banned TikTok, WeChat and Telegram on government phones, Oliver Dowden, the minister responsible for the Cabinet Office, said.")
        XCTAssertEqual(triples(graph).filter { $0.hasPrefix("United Kingdom banned") },
                       ["United Kingdom banned Telegram", "United Kingdom banned TikTok", "United Kingdom banned WeChat"])
    }

    /// A country's possessive government; participles after a comma with their agent; a list of
    /// agents ends where something of another kind is coordinated; "TikTok India" is no person.
    func testGovernmentsReducedPassivesAndUnits() throws {
        let graph = try extract("India's government on Monday banned TikTok. The list also includes WeChat, owned by Tencent, and "
            + "UC Browser, owned by Alibaba. Nikhil Gandhi, head of TikTok India, said the company would respond.")
        XCTAssertEqual(triples(graph), [
            "Alibaba owns UC Browser",
            "Government of India banned TikTok",
            "Government of India located_in India",
            "Nikhil Gandhi leads TikTok India",
            "Tencent owns WeChat",
            "ban on TikTok targets TikTok",
        ])
    }

    /// Agents introduced by their body's title, title runs before names, judgements in quotes,
    /// a demonym's foreign ministry, a hypothetical measure in a relative clause.
    func testTitledAgentsAndJudgements() throws {
        let graph = try extract("US House passes bill that could ban TikTok\nWASHINGTON, March 13 (Reuters) - The measure, backed by House "
            + "Speaker Mike Johnson, passed 352-65. TikTok spokesperson Alex Haurek said the bill \"would trample the rights of Americans\". "
            + "Senate Majority Leader Chuck Schumer spoke. The Chinese foreign ministry criticized the bill.")
        XCTAssertEqual(triples(graph), [
            "Alex Haurek criticized ban on TikTok",
            "Alex Haurek spokesperson_of TikTok",
            "Chuck Schumer leads Senate",
            "Foreign Ministry of China criticized ban on TikTok",
            "House of Representatives banned TikTok (hypothetical)",
            "Mike Johnson leads House of Representatives",
            "Mike Johnson supports ban on TikTok",
            "ban on TikTok targets TikTok",
        ])
    }
}
