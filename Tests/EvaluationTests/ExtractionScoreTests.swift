@testable import Evaluation
import Foundation
import KnowledgeGraph
import XCTest

/// The scorer's rules, on small hand-checked cases.
final class ExtractionScoreTests: XCTestCase {
    private func gold(_ json: String) throws -> GoldAnnotation {
        try JSONDecoder().decode(GoldAnnotation.self, from: Data(json.utf8))
    }

    private let annotation = """
    {"article": "a.txt",
     "entities": [{"id": "e1", "name": "Dmitry Peskov", "type": "Person", "aliases": ["Peskov"]},
                  {"id": "e2", "name": "Kremlin", "type": "GovernmentBody", "aliases": []},
                  {"id": "e3", "name": "ban on foreign messengers for officials", "type": "Proposal", "aliases": []},
                  {"id": "e4", "name": "officials", "type": "Group", "aliases": []},
                  {"id": "e5", "name": "Ministry of Finance", "type": "GovernmentBody", "aliases": []}],
     "relations": [{"subject": "e1", "predicate": "spokesperson_of", "object": "e2",
                    "alternatives": [{"subject": "e1", "predicate": "works_for", "object": "e2"}]},
                   {"subject": "e2", "predicate": "commented_on", "object": "e3", "negated": true},
                   {"subject": "e3", "predicate": "applies_to", "object": "e4"},
                   {"subject": "e2", "predicate": "coordinated_with", "object": "e5"}]}
    """

    func testMatchingByAliasFuzzyProposalAlternativeAndSymmetry() throws {
        let predicted = KnowledgeGraph(entities: [
            Entity(id: "p1", type: .person, name: "Peskov"),
            Entity(id: "p2", type: .organization, name: "the Kremlin"),
            Entity(id: "p3", type: .proposal, name: "ban on foreign messengers"),
            Entity(id: "p4", type: .governmentBody, name: "Ministry of Finance"),
            Entity(id: "p5", type: .location, name: "Moscow"),
        ], relations: [
            Relation(subject: "p1", predicate: .worksFor, object: "p2", negated: false, confidence: 1, evidence: []),
            Relation(subject: "p2", predicate: .commentedOn, object: "p3", negated: false, confidence: 1, evidence: []),
            Relation(subject: "p4", predicate: .coordinatedWith, object: "p2", negated: false, confidence: 1, evidence: []),
            Relation(subject: "p5", predicate: .locatedIn, object: "p2", negated: false, confidence: 1, evidence: []),
        ])
        let score = ExtractionScore(article: "a", gold: try gold(annotation), predicted: predicted)
        // Group is not scored; "the Kremlin" matches only untyped (Organization vs GovernmentBody).
        XCTAssertEqual(score.entitiesTyped, Counts(truePositives: 3, falsePositives: 2, falseNegatives: 1))
        XCTAssertEqual(score.entitiesUntyped, Counts(truePositives: 4, falsePositives: 1, falseNegatives: 0))
        // The alternative, the fuzzy proposal and the reversed symmetric relation match; applies_to to a Group is dropped.
        XCTAssertEqual(score.relationsLabelled, Counts(truePositives: 3, falsePositives: 1, falseNegatives: 0))
        XCTAssertEqual(score.negationChecked, 3)
        XCTAssertEqual(score.negationAgreed, 2)
        XCTAssertEqual(score.relationsLabelled.precision, 0.75, accuracy: 1e-12)
    }

    func testLabelledNeedsThePredicateUnlabelledDoesNot() throws {
        let predicted = KnowledgeGraph(entities: [
            Entity(id: "p1", type: .person, name: "Dmitry Peskov"),
            Entity(id: "p2", type: .governmentBody, name: "Kremlin"),
        ], relations: [Relation(subject: "p1", predicate: .leads, object: "p2", negated: false, confidence: 1, evidence: [])])
        let score = ExtractionScore(article: "a", gold: try gold(annotation), predicted: predicted)
        XCTAssertEqual(score.relationsLabelled, Counts(truePositives: 0, falsePositives: 1, falseNegatives: 3))
        XCTAssertEqual(score.relationsUnlabelled, Counts(truePositives: 1, falsePositives: 0, falseNegatives: 2))
        let text = ScoreReport.text(score, articles: 1, verbose: true)
        XCTAssertTrue(text.contains("  extra: p1 -leads-> p2\n"), text)
        XCTAssertTrue(text.contains("relations_unlabelled   P=1.000 R=0.333 F1=0.500\n"), text)
    }
}
