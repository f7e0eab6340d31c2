import Foundation

/// Test fixtures beside the test files, and a switch to rewrite snapshots.
enum Fixture {
    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/\(name)"])
        }
        return url
    }

    /// Where the fixture lives in the source tree, for rewriting it.
    static func sourceURL(_ name: String, file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }

    /// Set NEWSGRAPH_UPDATE_SNAPSHOTS=1 to rewrite snapshots from the current output.
    static var updating: Bool { ProcessInfo.processInfo.environment["NEWSGRAPH_UPDATE_SNAPSHOTS"] == "1" }
}
