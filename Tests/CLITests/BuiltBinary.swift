import Foundation
import XCTest

/// The built `newsgraph` executable, run as a user runs it.
enum BuiltBinary {
    /// What a run printed and how it ended.
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// The executable next to the test bundle.
    static func url() throws -> URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("newsgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw XCTSkip("newsgraph binary not found near \(Bundle.main.bundleURL.path)")
    }

    /// Runs the binary with these arguments in `folder` and waits for it.
    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A file of ../shared beside the checkout; skips the test when it is missing, fails in CI.
    static func sharedFile(_ path: String, packageRoot: URL) throws -> URL {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("\(url.path) is missing in CI") }
            throw XCTSkip("\(url.path) not found")
        }
        return url
    }

    /// Runs python3 with the arguments (a scorer of ../shared/tools, say); its exit status and standard output.
    static func runPython(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3"] + arguments
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        return (python.terminationStatus, output)
    }
}
