/// The entry of the generated `CompiledRecord.swift`: the built-in record as values, built at
/// first use without parsing (the generator, `CompiledRecordWriter`, lives in SMATools).
/// The built-in record as Swift values (`CompiledRecord.swift`, generated).
enum CompiledRecord {
    static func make() -> RecordData {
        var r = RecordData()
        agreements(&r)
        contributions(&r)
        rounds(&r)
        indices(&r)
        breakdownsAndSources(&r)
        return r
    }
}
