/// Finds a word's dictionary form from its form and Penn tag, learned from a treebank's lemma
/// column: first the form and tag as seen in training (exactly, then in lower case), then the
/// edit rule ("strip 3, add 'y'") most often seen for the longest known ending of the form with
/// that tag. Proper nouns and numbers keep their form. O(length of the word).
public struct Lemmatizer: Sendable {
    /// How a form becomes its lemma.
    struct Rule: Hashable, Sendable {
        /// Work on the lower-case form.
        var lower: Bool
        /// Characters to drop from the end.
        var strip: Int
        /// Characters to add after that.
        var append: String
    }

    private let known: [String: String]
    private let rules: [String: Rule]
    static let longestEnding = 5

    init(known: [String: String], rules: [String: Rule]) {
        self.known = known
        self.rules = rules
    }

    /// The lemma of a word.
    public func lemma(form: String, upos: String, xpos: String) -> String {
        if let lemma = known[form + "\t" + xpos] { return lemma }
        let lower = form.lowercased()
        if let lemma = known[lower + "\t" + xpos] { return lemma }
        if upos == "PROPN" || upos == "NUM" || upos == "PUNCT" || upos == "SYM" { return form }
        let characters = Array(lower)
        for length in stride(from: min(Lemmatizer.longestEnding, characters.count), through: 0, by: -1) {
            let ending = String(characters[(characters.count - length)...])
            if let rule = rules[xpos + "\t" + ending] { return Lemmatizer.apply(rule, to: form) }
        }
        return lower
    }

    static func apply(_ rule: Rule, to form: String) -> String {
        let base = Array(rule.lower ? form.lowercased() : form)
        guard rule.strip <= base.count else { return form.lowercased() }
        return String(base[..<(base.count - rule.strip)]) + rule.append
    }

    /// The rule that turns `form` into `lemma`.
    static func rule(from form: String, to lemma: String) -> Rule {
        let exact = Array(form), lowered = Array(form.lowercased()), target = Array(lemma)
        func shared(_ a: [Character]) -> Int {
            var n = 0
            while n < a.count && n < target.count && a[n] == target[n] { n += 1 }
            return n
        }
        let keep = shared(exact), keepLower = shared(lowered)
        if keep >= keepLower {
            return Rule(lower: false, strip: exact.count - keep, append: String(target[keep...]))
        }
        return Rule(lower: true, strip: lowered.count - keepLower, append: String(target[keepLower...]))
    }

    /// Learns the table and the rules from (form, xpos, lemma) triples.
    static func train(_ words: [(form: String, xpos: String, lemma: String)]) -> Lemmatizer {
        var formCounts: [String: [String: Int]] = [:]
        var ruleCounts: [String: [Rule: Int]] = [:]
        for word in words where word.lemma != "_" {
            formCounts[word.form + "\t" + word.xpos, default: [:]][word.lemma, default: 0] += 1
            let rule = Lemmatizer.rule(from: word.form, to: word.lemma)
            let characters = Array(word.form.lowercased())
            for length in 0...min(longestEnding, characters.count) {
                let ending = String(characters[(characters.count - length)...])
                ruleCounts[word.xpos + "\t" + ending, default: [:]][rule, default: 0] += 1
            }
        }
        var known: [String: String] = [:]
        for (key, lemmas) in formCounts {
            known[key] = lemmas.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        var rules: [String: Rule] = [:]
        for (key, counts) in ruleCounts {
            let total = counts.values.reduce(0, +)
            guard total >= 2, let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : order($0.key) > order($1.key) }) else { continue }
            rules[key] = best.key
        }
        return Lemmatizer(known: known, rules: rules)
    }

    private static func order(_ rule: Rule) -> String { "\(rule.lower ? 1 : 0)|\(rule.strip)|\(rule.append)" }

    func write(to writer: inout BinaryWriter) {
        writer.append(UInt32(known.count))
        for key in known.keys.sorted() {
            writer.append(key)
            writer.append(known[key] ?? "")
        }
        writer.append(UInt32(rules.count))
        for key in rules.keys.sorted() {
            guard let rule = rules[key] else { continue }
            writer.append(key)
            writer.append(UInt8(rule.lower ? 1 : 0))
            writer.append(UInt8(min(rule.strip, 255)))
            writer.append(rule.append)
        }
    }

    static func read(from reader: inout BinaryReader) throws -> Lemmatizer {
        var known: [String: String] = [:]
        let knownCount = Int(try reader.uint32())
        guard knownCount <= reader.remaining / 8 else { throw reader.failure("a lemma table of an impossible size") }
        known.reserveCapacity(knownCount)
        for _ in 0..<knownCount {
            let key = try reader.string()
            known[key] = try reader.string()
        }
        var rules: [String: Rule] = [:]
        let ruleCount = Int(try reader.uint32())
        guard ruleCount <= reader.remaining / 10 else { throw reader.failure("a rule table of an impossible size") }
        for _ in 0..<ruleCount {
            let key = try reader.string()
            let lower = try reader.uint8() == 1
            let strip = Int(try reader.uint8())
            rules[key] = Rule(lower: lower, strip: strip, append: try reader.string())
        }
        return Lemmatizer(known: known, rules: rules)
    }
}
