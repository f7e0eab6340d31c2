@testable import Extraction
import KnowledgeGraph
import XCTest

/// Mentions and their types: non-ASCII, hyphenated and Cyrillic names, acronyms in parentheses,
/// names with connectors and lower-case heads, kinds from lists and neighbouring nouns.
final class MentionTests: ExtractionTestCase {
    func testNamesOfEveryShape() throws {
        let graph = try extract("""
        Headline
        MOSCOW, April 16. /TASS/. The Federal Security Service (FSB) demanded the keys. Élisabeth Borne met Jean-Noël Barrot and Роскомнадзор officials. \
        Renat Lashin, executive director of the Domestic Software association, spoke. Irina Yarovaya, head of the State Duma Committee on Security and Anti-Corruption, agreed. \
        Officials use domestic software such as Astra Linux, RED OS and MyOffice.
        """)
        XCTAssertEqual(entities(graph), [
            "Application:Astra Linux", "Application:MyOffice", "Application:RED OS",
            "GovernmentBody:Federal Security Service", "GovernmentBody:Roskomnadzor",
            "GovernmentBody:State Duma Committee on Security and Anti-Corruption",
            "Location:Moscow", "MediaOutlet:TASS", "Organization:Domestic Software association",
            "Person:Élisabeth Borne", "Person:Irina Yarovaya", "Person:Jean-Noël Barrot", "Person:Renat Lashin",
        ])
        XCTAssertEqual(aliases(of: "Federal Security Service", in: graph), ["FSB"])
        XCTAssertEqual(aliases(of: "Roskomnadzor", in: graph), ["Роскомнадзор"])
        XCTAssertEqual(aliases(of: "Moscow", in: graph), ["MOSCOW"])
        XCTAssertEqual(triples(graph), [
            "Irina Yarovaya leads State Duma Committee on Security and Anti-Corruption",
            "Renat Lashin leads Domestic Software association",
        ])
    }

    /// A sentence-initial word the tagger calls an adverb is not part of the name after it, even
    /// when no word list knows it ("Afterwards Peskov", "Lately Durov").
    func testTaggedFunctionWordOpensNoName() throws {
        let graph = try extract("Afterwards Peskov said the Kremlin had no comment. Lately Durov said he had left Russia.")
        XCTAssertEqual(graph.entities.map(\.name).sorted(), ["Durov", "Kremlin", "Peskov", "Russia"])
    }

    /// A name-dense body sentence is no title-case headline: its names stay.
    func testNameDenseSentenceKeepsItsNames() throws {
        let graph = try extract("Irina Yarovaya, head of the State Duma Committee on Security and Anti-Corruption, agreed.")
        XCTAssertEqual(entities(graph), ["GovernmentBody:State Duma Committee on Security and Anti-Corruption", "Person:Irina Yarovaya"])
    }

    /// Words coordinated before one government head are one name; a lone proper word is not
    /// swallowed by a measure named after it; "the online encyclopedia X" types X; a demonym and a
    /// state body's head name a body ("Turkish authorities").
    func testCoordinatedBodyNames() throws {
        let graph = try extract("Turkey blocks access to Wikipedia\nISTANBUL, April 29 (Reuters) - Turkish authorities blocked access to the online "
            + "encyclopedia Wikipedia on Saturday. The Information and Communication Technologies Authority (BTK) confirmed it. Turkey's "
            + "Transport, Maritime Affairs and Communications Ministry said Wikipedia had refused to remove content.")
        XCTAssertEqual(entities(graph).filter { !$0.hasPrefix("Proposal:") }, [
            "Application:Wikipedia",
            "GovernmentBody:Information and Communication Technologies Authority",
            "GovernmentBody:Transport, Maritime Affairs and Communications Ministry",
            "GovernmentBody:Turkish authorities",
            "Location:Istanbul", "Location:Turkey", "MediaOutlet:Reuters",
        ])
        XCTAssertEqual(aliases(of: "Information and Communication Technologies Authority", in: graph), ["BTK"])
    }

    /// A place's or an institution's head noun ends no person's name ("Harbin Arena", "Liberty
    /// Magazine"), unless a given name starts it ("Marcus Hill").
    func testHeadNounsAndGivenNames() throws {
        let graph = try extract("""
        Marcus Hill wrote in Liberty Magazine that the Harbin Arena would close. Marcus Hill said it was old.
        """)
        XCTAssertEqual(entities(graph), ["Location:Harbin Arena", "MediaOutlet:Liberty Magazine", "Person:Marcus Hill"])
    }

    /// One run of capitalised words holding two names is split: a title's "of" phrase before a
    /// person, a possessive or an acronym before a person, a second place after "of the", a
    /// conjunct with a head of its own; a short syllable after a hyphen stays in the name.
    func testRunsHoldingTwoNames() throws {
        let graph = try extract("""
        Governor of Ontario Mary Jones met the PPD's Alan Wong and Lam Siu-wah. \
        Researchers of the University of Leeds of the UK and of the Carnegie Institute of Science and Boston University agreed.
        """)
        XCTAssertEqual(entities(graph), [
            "Location:Ontario", "Location:United Kingdom",
            "Organization:Boston University", "Organization:Carnegie Institute of Science", "Organization:PPD", "Organization:University of Leeds",
            "Person:Alan Wong", "Person:Lam Siu-wah", "Person:Mary Jones",
        ])
    }

    /// A two-word demonym gives way to the body it describes; initials join the body they spell
    /// whatever type the recognizer guessed for them.
    func testDescribedBodyAndInitials() throws {
        let graph = try extract("""
        Officers of the South Korean border police met the Royal Thai Army. Later the RTA said the talks had ended.
        """)
        XCTAssertEqual(entities(graph), ["GovernmentBody:Royal Thai Army", "GovernmentBody:South Korean border police"])
        XCTAssertEqual(aliases(of: "Royal Thai Army", in: graph), ["RTA"])
    }

    /// A web address names a site, in any case, and is never part of a longer name.
    func testWebAddressesAreSites() throws {
        let graph = try extract("Visit Gawker.com or the portal www.gosuslugi.ru today.")
        XCTAssertEqual(entities(graph), ["Application:Gawker.com", "Application:www.gosuslugi.ru"])
    }

    /// Bodies named by a description: a place's name or an indefinite article and a modifier
    /// before a state body's head; a described court joins the one named court of that place;
    /// a description set off by commas before a name is one of its forms; a title before a given
    /// name that is also a common noun ("Administrator Bill Nelson") splits off.
    func testDescribedBodiesAndTitles() throws {
        let graph = try extract("""
        A Lisbon court fined Apple, and an appeals court will review the case. The Zarfa District Court of Lisbon had heard it first. \
        The country's media regulator, Anacom, agreed. The regulator said so. NASA Administrator Bill Nelson did not comment.
        """)
        XCTAssertEqual(entities(graph), [
            "GovernmentBody:Anacom", "GovernmentBody:appeals court", "GovernmentBody:NASA", "GovernmentBody:Zarfa District Court of Lisbon",
            "Location:Lisbon", "Organization:Apple", "Person:Bill Nelson",
        ])
        XCTAssertEqual(aliases(of: "Zarfa District Court of Lisbon", in: graph), ["Lisbon court"])
        XCTAssertEqual(aliases(of: "Anacom", in: graph), ["The regulator", "media regulator"])
    }

    /// Lower-case particles stay inside personal names, and a title before such a name splits off.
    func testNameParticles() throws {
        let graph = try extract("On Friday, Justice Alexandre de Moraes wrote to Ursula von der Leyen. Mr. Vincent van Gogh left.")
        XCTAssertEqual(entities(graph), ["Person:Alexandre de Moraes", "Person:Ursula von der Leyen", "Person:Vincent van Gogh"])
    }

    /// Words that look like names and are none: a contraction ("I'll"), titles no name follows
    /// ("The President", "U.S. Senator"), a party's initial before a state ("R-Texas"), a town named
    /// like a common word ("Police").
    func testTitlesAndContractionsNameNothing() throws {
        let graph = try extract("""
        Senator Kay Bailey Hutchison (R-Texas) said: "I'll vote no." The President has drawn praise, and a U.S. Senator agreed. \
        He said the Sheriff's detective had called. The Police arrested him.
        """)
        XCTAssertEqual(entities(graph), ["Location:Texas", "Location:United States", "Person:Kay Bailey Hutchison"])
    }

    /// Capitalised words ending in a plural common noun name a group, not a person ("Hells
    /// Angels"); a common word starting a run is no given name ("Space Shuttle Atlantis"); a
    /// place's noun before a name makes a place ("Cape Canaveral").
    func testGroupsShuttlesAndCapes() throws {
        let graph = try extract("Members of the Hells Angels watched Space Shuttle Atlantis leave Cape Canaveral.")
        let types = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.name, $0.type.rawValue) })
        XCTAssertEqual(types["Hells Angels"], "Organization")
        XCTAssertNotEqual(types["Space Shuttle Atlantis"], "Person")
        XCTAssertEqual(types["Cape Canaveral"], "Location")
    }

    /// Conjuncts sharing a plural head name one body each; a conjunct of common words with a head
    /// of another kind is part of one name; a title's "of" phrase naming a body gives the body.
    func testSharedHeadsAndOffices() throws {
        let graph = try extract("""
        Officials of the State and Homeland Security Departments visited the Tang Teaching Museum and Art Gallery \
        with the Chairman of the Australian Centre for Iodine Studies.
        """)
        XCTAssertEqual(entities(graph), [
            "GovernmentBody:Homeland Security Department", "GovernmentBody:State Department",
            "Organization:Australian Centre for Iodine Studies", "Organization:Tang Teaching Museum and Art Gallery",
        ])
    }

    /// Places: the gazetteer's longer name over the lexicon's ("New York City"), a known region
    /// opening a sentence, "of" a city and its state as an address, a compass word's region, a
    /// hotel whose name starts with an Arabic article; and a newspaper named by its place.
    func testPlacesAndPapers() throws {
        let graph = try extract("""
        Tasmania was left out. The Evergreen Space Museum of McMinnville, Oregon, lent a shuttle to New York City \
        and the Pacific Northwest, the Edmonton Sun said. Pilgrims stayed at the Al-Ghaza Hotel.
        """)
        XCTAssertEqual(entities(graph), [
            "Location:Al-Ghaza Hotel", "Location:McMinnville", "Location:New York City", "Location:Oregon", "Location:Pacific Northwest",
            "Location:Tasmania", "MediaOutlet:Edmonton Sun", "Organization:Evergreen Space Museum",
        ])
    }

    /// A short number after a name numbers it ("Orbiter Processing Facility-1"), but not a place's
    /// score or a count before a common noun.
    func testDesignatorsEndNames() throws {
        let graph = try extract("The orbiter left Orbiter Processing Facility-1 on Monday. Belgium 3, Panama 0. In Moscow 15 people died.")
        XCTAssertEqual(entities(graph), ["Location:Belgium", "Location:Moscow", "Location:Orbiter Processing Facility-1", "Location:Panama"])
    }

    /// A numbered version of a known product is of its type under its own name, and its initials
    /// with the number join it ("IE9"); a noun beside a web address says what the site is.
    func testVersionsAndSites() throws {
        let graph = try extract("""
        Microsoft released Internet Explorer 9 on Monday. IE9 is safer than Internet Explorer 6, the security firm Secunia.com said.
        """)
        XCTAssertEqual(entities(graph), [
            "Application:Internet Explorer 6", "Application:Internet Explorer 9", "Organization:Microsoft", "Organization:Secunia.com",
        ])
        XCTAssertEqual(aliases(of: "Internet Explorer 9", in: graph), ["IE9"])
    }

    /// A follower's "-ist" noun before a person describes them; a university's campus town after
    /// "at" is part of its name; a lower-case "board" ends a body's name.
    func testFollowersCampusesAndBoards() throws {
        let graph = try extract("""
        The video showed Scientologist Tom Cruise. Students of the University of North Carolina at Chapel Hill met the Malaysia Tourism board.
        """)
        XCTAssertEqual(entities(graph), [
            "GovernmentBody:Malaysia Tourism board", "Organization:University of North Carolina at Chapel Hill", "Person:Tom Cruise",
        ])
    }

    /// A stance towards a name ("pro-Beijing", "Anti-Trump") is a modifier, not a mention.
    func testStancesNameNothing() throws {
        let graph = try extract("The pro-Beijing DAB won nine seats in Hong Kong. Anti-Trump protesters marched.")
        XCTAssertEqual(entities(graph), ["Location:Hong Kong", "Organization:DAB"])
    }

    /// A short capitalised function word after a lone given name is a surname ("James To"), but an
    /// article opening the next sentence is not.
    func testFunctionWordSurnames() throws {
        let graph = try extract("Veteran lawmakers James To and Wilson Or lost their seats to Alice Mak. The talks ended.")
        XCTAssertEqual(entities(graph), ["Person:Alice Mak", "Person:James To", "Person:Wilson Or"])
    }

    /// An office's bureau is a body ("the Los Angeles Sheriff's office"); a capitalised function word
    /// between name words stays in the name ("Doctor Who Society").
    func testBureausAndInnerFunctionWords() throws {
        let graph = try extract("A detective of the Los Angeles Sheriff's office met members of the Doctor Who Society of Canada.")
        XCTAssertEqual(entities(graph), ["GovernmentBody:Los Angeles Sheriff's office", "Organization:Doctor Who Society of Canada"])
    }

    /// A given name and a surname make a person whatever the surname means ("Nathan Law"); a
    /// memorial is a place.
    func testGivenNameAndSurnameOutweighHeads() throws {
        let graph = try extract("Voters elected Nathan Law near the Lincoln Memorial.")
        XCTAssertEqual(entities(graph), ["Location:Lincoln Memorial", "Person:Nathan Law"])
    }
}
