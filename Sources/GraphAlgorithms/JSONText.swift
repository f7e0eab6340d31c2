import Foundation

/// A small JSON writer for the analysis output: one object of keys written in the order given,
/// strings escaped, integral numbers without a fraction, others in Swift's shortest form.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    var data: Data { Data(bytes) }

    mutating func open() { bytes.append(UInt8(ascii: "{")); needsComma = false }
    mutating func close() { bytes.append(UInt8(ascii: "}")) }

    mutating func key(_ name: String) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func number(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            bytes += Array(String(Int64(value)).utf8)
        } else if value.isFinite {
            bytes += Array(String(value).utf8)
        } else {
            bytes += Array("null".utf8)
        }
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case "\\": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case "\n": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case "\r": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case "\t": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            default:
                if scalar.value < 0x20 {
                    bytes += Array(String(format: "\\u%04x", scalar.value).utf8)
                } else {
                    bytes += Array(String(scalar).utf8)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func array(_ strings: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (index, text) in strings.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(text)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func nested(_ lists: [[String]]) {
        bytes.append(UInt8(ascii: "["))
        for (index, list) in lists.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            array(list)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `{id: value}` for every node; `{}` when the measure was skipped.
    mutating func object(_ ids: [String], _ values: [Double]) {
        bytes.append(UInt8(ascii: "{"))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(ids[index])
            bytes.append(UInt8(ascii: ":"))
            number(value)
        }
        bytes.append(UInt8(ascii: "}"))
    }
}
