import ArgumentParser

/// One command-line value holding a comma-separated list (`Person,GovernmentBody`), so that list
/// options accept commas, spaces, or both.
struct ListArgument<Element: ExpressibleByArgument>: ExpressibleByArgument {
    /// The values, in the order given.
    let values: [Element]

    /// Parses `A,B,C`; nil (a usage error naming the value) when any part does not parse.
    init?(argument: String) {
        var values: [Element] = []
        for part in argument.split(separator: ",") {
            guard let value = Element(argument: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            values.append(value)
        }
        guard !values.isEmpty else { return nil }
        self.values = values
    }

    static var allValueStrings: [String] { Element.allValueStrings }
}

/// The values of every list argument, in order.
func flattened<Value>(_ lists: [ListArgument<Value>]) -> [Value] {
    lists.flatMap(\.values)
}
