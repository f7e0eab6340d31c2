import Foundation

extension SyntaxScore {
    private var figures: [(String, Double)] {
        [("tokens_f1", tokensF1), ("upos", universalAccuracy), ("xpos", pennAccuracy), ("lemma", lemmaAccuracy), ("uas", uas), ("las", las)]
    }

    /// The figures as ud_score.py prints them: counts, then one figure a line in percent.
    public var report: String {
        var out = "sentences \(sentences), gold tokens \(goldWords), system tokens \(systemWords)\n"
        for (key, value) in figures {
            out += key.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: " %6.2f\n", 100 * value)
        }
        return out
    }

    /// The figures as ud_score.py --json prints them (fractions, Python's shortest float form).
    public var json: String {
        var lines = [" \"sentences\": \(sentences)", " \"gold_tokens\": \(goldWords)", " \"system_tokens\": \(systemWords)"]
        for (key, value) in figures { lines.append(" \"\(key)\": \(value == 0 ? "0.0" : "\(value)")") }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }
}
