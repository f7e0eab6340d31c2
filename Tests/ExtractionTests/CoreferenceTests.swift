@testable import Extraction
import KnowledgeGraph
import XCTest

/// Coreference within a document: surnames, acronyms, descriptions by head word, modifiers and
/// apposition, pronouns, legal suffixes and informal names; every form kept as an alias.
final class CoreferenceTests: ExtractionTestCase {
    func testFormsJoinTheirEntity() throws {
        let graph = try extract("""
        Headline
        MOSCOW, April 16. /TASS/. Russia's communications watchdog Roskomnadzor blocked Telegram. Kremlin spokesman Dmitry Peskov said the regulator acted alone. \
        Peskov said he uses Telegram. The FSB demanded the keys, the Federal Security Service said. The Ministry of Telecom and Mass Communications and the \
        Ministry of Digital Development met; the telecom ministry agreed. Google LLC said Google would appeal.
        """)
        // "the regulator" finds the body described as a watchdog, not the more recent Kremlin.
        XCTAssertEqual(aliases(of: "Roskomnadzor", in: graph), ["communications watchdog", "the regulator"])
        XCTAssertEqual(aliases(of: "Dmitry Peskov", in: graph), ["Kremlin spokesman", "Peskov"])
        XCTAssertEqual(aliases(of: "Federal Security Service", in: graph), ["FSB"])
        // "the telecom ministry": of two ministries, the one whose name has "telecom".
        XCTAssertEqual(aliases(of: "Ministry of Telecom and Mass Communications", in: graph), ["the telecom ministry"])
        XCTAssertEqual(aliases(of: "Google", in: graph), ["Google LLC"])
        XCTAssertTrue(triples(graph).contains("Dmitry Peskov uses Telegram"), "\(triples(graph))")
    }

    /// An informal name with a lower-case head joins the formal one even when it comes first.
    func testInformalNameJoinsTheFormalOne() throws {
        let graph = try extract("Digital ministry proposes new rules\nMOSCOW, May 1. /TASS/. The Ministry of Digital Development said so.")
        XCTAssertEqual(aliases(of: "Ministry of Digital Development", in: graph), ["Digital ministry"])
    }

    /// A described measure seen first is an entity of its own; "the bill" then refers to it.
    func testDescribedMeasureIntroducesAnEntity() throws {
        let graph = try extract("The State Duma passed the sovereign internet bill. The bill was drafted by Andrei Klishas.")
        XCTAssertEqual(triples(graph), ["Andrei Klishas proposed sovereign internet bill", "State Duma enacted sovereign internet bill"])
        XCTAssertEqual(aliases(of: "sovereign internet bill", in: graph), ["The bill", "the sovereign internet bill"])
    }

    /// A lone given name joins the one person it starts; an office in apposition to a person is
    /// that person's, not a body of its own.
    func testGivenNameAndOfficeJoinThePerson() throws {
        let graph = try extract("""
        Maria Lopez met Anders Berg, the Minister of Justice, in Oslo. The talks went well, Maria said.
        """)
        XCTAssertEqual(entities(graph), ["Location:Oslo", "Person:Anders Berg", "Person:Maria Lopez"])
        XCTAssertEqual(aliases(of: "Maria Lopez", in: graph), ["Maria"])
        XCTAssertEqual(aliases(of: "Anders Berg", in: graph), ["Minister of Justice"])
    }

    /// A body's shorter name inside the longer one before it joins it and does not rename it; a
    /// name with a lower-case head of its kind and without it are one ("M5S party", "M5S"); a
    /// person's government is a body of its own.
    func testShorterBodyNamesAndHeads() throws {
        let graph = try extract("""
        The Monti government passed the tax. The M5S party and the M5S voted no. \
        The Italian Supreme Court of Cassation ruled on Monday. The Supreme Court said so.
        """)
        XCTAssertEqual(entities(graph).filter { !$0.hasPrefix("Proposal") }, [
            "GovernmentBody:Italian Supreme Court of Cassation", "GovernmentBody:Monti government", "Organization:M5S party",
        ])
        XCTAssertEqual(aliases(of: "Italian Supreme Court of Cassation", in: graph), ["Supreme Court"])
        XCTAssertEqual(aliases(of: "M5S party", in: graph), ["M5S"])
    }

    /// A name in parentheses after a name of its type is an alias; "the town of X" is a place.
    func testParenthesisedNamesAndTowns() throws {
        let graph = try extract("Pilgrims prayed at the Masjid Al-Haram (Grand Mosque). Shells fell near the town of Yeoncheon.")
        XCTAssertEqual(entities(graph), ["Location:Grand Mosque", "Location:Yeoncheon"])
        XCTAssertEqual(aliases(of: "Grand Mosque", in: graph), ["Masjid Al-Haram"])
    }

    /// A government below the nation's is not the country's ("the regional government").
    func testRegionalGovernmentIsNotTheNations() throws {
        let graph = try extract("The Government of Italy approved the tax on Monday. The government said it was fair, but the regional government objected.")
        let forms = aliases(of: "Government of Italy", in: graph)
        XCTAssertTrue(forms.contains("The government"))
        XCTAssertFalse(forms.contains { $0.contains("regional") }, "\(forms)")
    }

    /// A given name misspelt by one letter with the same surname is the same person.
    func testMisspeltGivenNameJoinsThePerson() throws {
        let graph = try extract("Kristen Wilkins opened the show. Later Kristin Wilkins said the photographs would travel.")
        XCTAssertEqual(entities(graph), ["Person:Kristen Wilkins"])
        XCTAssertEqual(aliases(of: "Kristen Wilkins", in: graph), ["Kristin Wilkins"])
    }
}
