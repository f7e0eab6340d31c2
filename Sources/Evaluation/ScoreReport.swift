import Foundation

/// Prints a corpus score the way `shared/tools/score.py` does, so the two can be compared line by line.
public enum ScoreReport {
    /// The four figures, one line each, then the negation agreement; with `verbose`,
    /// each article's misses first (`== NAME`, entities not found, relations missed or extra, an
    /// extra one followed by `  [RULE]` when its rule is known; score.py prints no rules).
    public static func text(_ score: ExtractionScore, articles: Int, verbose: Bool) -> String {
        var lines: [String] = []
        if verbose {
            for article in score.misses {
                lines.append("== \(article.article)")
                lines.append("  gold entities not found: \(list(article.goldEntitiesNotFound))")
                lines.append("  predicted entities not in gold: \(list(article.predictedEntitiesNotInGold))")
                lines += article.relations.map { "  \($0.kind): \($0.subject) -\($0.predicate)-> \($0.object)" + ($0.rule.map { "  [\($0)]" } ?? "") }
            }
        }
        lines.append("articles: \(articles)")
        for (name, counts) in rows(score) {
            let padded = name.padding(toLength: 22, withPad: " ", startingAt: 0)
            lines.append("\(padded) P=\(fixed(counts.precision)) R=\(fixed(counts.recall)) F1=\(fixed(counts.f1))")
        }
        if score.negationChecked > 0 {
            lines.append("negation flag agrees on \(score.negationAgreed)/\(score.negationChecked) matched relations")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same figures as `score.py --json`: `{"articles", "scores": {name: {precision, recall, f1}}, "negation_agreement"}`.
    public static func json(_ score: ExtractionScore, articles: Int) throws -> Data {
        var scores: [String: [String: Double]] = [:]
        for (name, counts) in rows(score) {
            scores[name] = ["precision": counts.precision, "recall": counts.recall, "f1": counts.f1]
        }
        let agreement: Any = score.negationChecked > 0 ? Double(score.negationAgreed) / Double(score.negationChecked) : NSNull()
        let object: [String: Any] = ["articles": articles, "scores": scores, "negation_agreement": agreement]
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    private static func rows(_ score: ExtractionScore) -> [(String, Counts)] {
        [("entities_typed", score.entitiesTyped), ("entities_untyped", score.entitiesUntyped),
         ("relations_labelled", score.relationsLabelled), ("relations_unlabelled", score.relationsUnlabelled)]
    }

    private static func fixed(_ value: Double) -> String { String(format: "%.3f", value) }

    /// A list of names as Python prints one: ['a', "b's"].
    private static func list(_ names: [String]) -> String {
        "[" + names.map { $0.contains("'") && !$0.contains("\"") ? "\"\($0)\"" : "'\($0.replacingOccurrences(of: "'", with: "\\'"))'" }
            .joined(separator: ", ") + "]"
    }
}
